package triage

import (
	"slices"
	"strings"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/resources"
)

// Principal is a signed-in staff member and what their groups let them do.
//
// The rules (groups are Cognito groups, see resources.Group*):
//   - national: sees and works every item, conduct items included; reassigns, exports, sees
//     statistics, lifts safety-list entries.
//   - district-<id>: sees and works the items of that district, except conduct (DUP) items.
//   - dup-liaison: sees and works conduct items: of its districts when it also has district groups
//     (together with their other items), else of every district.
//   - supervisor: adds reassigning, export and statistics to the scope the other groups give; alone
//     it gives statistics but no items.
//
// Contact details a citizen gave are shown only to those who follow up, that is who may work the
// item, and only on an explicit request that is recorded in the item's history.
type Principal struct {
	Username   string
	Subject    string
	National   bool
	Supervisor bool
	DUP        bool
	Districts  []string // from district-<id> groups with a known district id
}

// NewPrincipal reads the roles from a user's groups; unknown groups give nothing.
func NewPrincipal(c auth.Claims) Principal {
	p := Principal{Username: c.Username, Subject: c.Subject}
	for _, g := range c.Groups {
		switch {
		case g == resources.GroupNational:
			p.National = true
		case g == resources.GroupSupervisor:
			p.Supervisor = true
		case g == resources.GroupDUP:
			p.DUP = true
		case strings.HasPrefix(g, resources.GroupDistrictPrefix):
			if d := strings.TrimPrefix(g, resources.GroupDistrictPrefix); feedback.IsDistrict(d) && !slices.Contains(p.Districts, d) {
				p.Districts = append(p.Districts, d)
			}
		}
	}
	slices.Sort(p.Districts)
	return p
}

// SeesItems reports whether the principal may see any items at all.
func (p Principal) SeesItems() bool { return p.National || p.DUP || len(p.Districts) > 0 }

// CanSee reports whether the principal may see (and so work) an item.
func (p Principal) CanSee(it feedback.Item) bool {
	switch {
	case p.National:
		return true
	case it.Conduct:
		return p.DUP && (len(p.Districts) == 0 || slices.Contains(p.Districts, it.District))
	default:
		return slices.Contains(p.Districts, it.District)
	}
}

// CanViewContact reports whether the principal may see the contact details of an item.
func (p Principal) CanViewContact(it feedback.Item) bool { return p.CanSee(it) }

// CanReassign reports whether the principal may assign items to others or take them from others.
func (p Principal) CanReassign() bool { return p.National || p.Supervisor }

// CanExport reports whether the principal may export the list as CSV.
func (p Principal) CanExport() bool { return p.National || p.Supervisor }

// CanSeeStats reports whether the principal may see the statistics (anonymous daily counters).
func (p Principal) CanSeeStats() bool { return p.National || p.Supervisor }

// CanLiftSafetyList reports whether the principal may lift safety-list entries and see the lifts.
func (p Principal) CanLiftSafetyList() bool { return p.National }

// Scope returns the list restrictions that keep a query inside what the principal may see:
// districts (nil = every district) and the conduct scope.
func (p Principal) Scope() (districts []string, conduct string) {
	switch {
	case p.National:
		return nil, feedback.ConductAny
	case p.DUP && len(p.Districts) == 0:
		return nil, feedback.ConductOnly
	case p.DUP:
		return p.Districts, feedback.ConductAny
	default:
		return p.Districts, feedback.ConductExclude
	}
}

// CanSeeDistrict reports whether a district filter stays inside the principal's scope.
func (p Principal) CanSeeDistrict(d string) bool {
	ds, _ := p.Scope()
	return ds == nil || slices.Contains(ds, d)
}
