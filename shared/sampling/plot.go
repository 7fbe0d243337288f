package sampling

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// PlotSVG draws a simulation's result: per centre, SMS a year under both designs (left) and the
// median month's margin under both designs against the centre's target (right).
func PlotSVG(r SimResult) string {
	const (
		row, top, label = 14, 50, 250
		barW, gap       = 330, 40
		marW            = 260
	)
	h := top + row*len(r.Centres) + 40
	w := label + barW + gap + marW + 60
	maxSMS, maxMargin := 1.0, 0.0
	for _, c := range r.Centres {
		maxSMS = math.Max(maxSMS, math.Max(c.FixedSMS, c.AdaptiveSMS))
		maxMargin = math.Max(maxMargin, math.Max(c.Target, math.Max(c.Margin, c.FixedMargin)))
	}
	maxMargin = math.Ceil(maxMargin*20) / 20
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="10">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(&b, `<text x="%d" y="16" font-size="12" font-weight="bold">SMS a year per centre: fixed rate %.2f (grey, %s in all) vs adaptive (blue, %s)</text>`+"\n", 10, r.FixedRate, thousands(r.FixedSMS), thousands(r.AdaptiveSMS))
	mx := label + barW + gap
	fmt.Fprintf(&b, `<text x="%d" y="36" font-size="11" font-weight="bold">Margin, median month: ● adaptive, ○ fixed, red | target</text>`+"\n", mx-30)
	for i, c := range r.Centres {
		y := top + i*row
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", label-6, y+10, html.EscapeString(c.ID))
		fw := c.FixedSMS / maxSMS * barW
		aw := c.AdaptiveSMS / maxSMS * barW
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="5" fill="#999"/>`+"\n", label, y+2, fw)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="5" fill="#1f5fa8"/>`+"\n", label, y+7, aw)
		sx := func(m float64) float64 { return float64(mx) + m/maxMargin*marW }
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#c00" stroke-width="1.5"/>`+"\n", sx(c.Target), sx(c.Target), y+1, y+12)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%d" r="3" fill="none" stroke="#555"/>`+"\n", sx(c.FixedMargin), y+7)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%d" r="3" fill="#1f5fa8"/>`+"\n", sx(c.Margin), y+7)
	}
	axis := top + row*len(r.Centres) + 4
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#000"/>`+"\n", label, label+barW, axis, axis)
	for _, f := range []float64{0, 0.5, 1} {
		x := float64(label) + f*barW
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s</text>`+"\n", x, axis+14, thousands(f*maxSMS))
	}
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#000"/>`+"\n", mx, mx+marW, axis, axis)
	for m := 0.0; m <= maxMargin+1e-9; m += 0.05 {
		x := float64(mx) + m/maxMargin*marW
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">±%.0f pp</text>`+"\n", x, axis+14, m*100)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func thousands(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
