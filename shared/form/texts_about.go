package form

// aboutTexts: the line that names the contact a form is about (see aboutCall): its channel, date and
// time, nothing else. "months" lists the twelve month names as they stand after a day number
// (genitive in Polish and Ukrainian).
var aboutTexts = map[string]text{
	"about_call": {
		langDA: "Det drejer sig om din opringning til {channel} den {date} kl. {time}.",
		langEN: "This is about your call to {channel} on {date} at {time}.",
		langAR: "يتعلق هذا باتصالك بالرقم {channel} يوم {date} الساعة {time}.",
		langPL: "Chodzi o Twoje połączenie z numerem {channel} z dnia {date}, godz. {time}.",
		langTR: "Bu, {channel} numarasına yaptığınız aramayla ilgili: {date}, saat {time}.",
		langUK: "Ідеться про ваш дзвінок на {channel}, {date}, о {time}.",
		langDE: "Es geht um Ihren Anruf bei der {channel} am {date} um {time} Uhr.",
	},
	"date_format": {
		langDA: "{day}. {month}",
		langEN: "{day} {month}",
		langAR: "{day} {month}",
		langPL: "{day} {month}",
		langTR: "{day} {month}",
		langUK: "{day} {month}",
		langDE: "{day}. {month}",
	},
	"clock_format": {
		langDA: "{hour}.{minute}",
		langEN: "{hour}:{minute}",
		langAR: "{hour}:{minute}",
		langPL: "{hour}:{minute}",
		langTR: "{hour}:{minute}",
		langUK: "{hour}:{minute}",
		langDE: "{hour}:{minute}",
	},
	"months": {
		langDA: "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december",
		langEN: "January,February,March,April,May,June,July,August,September,October,November,December",
		langAR: "يناير,فبراير,مارس,أبريل,مايو,يونيو,يوليو,أغسطس,سبتمبر,أكتوبر,نوفمبر,ديسمبر",
		langPL: "stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia",
		langTR: "Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık",
		langUK: "січня,лютого,березня,квітня,травня,червня,липня,серпня,вересня,жовтня,листопада,грудня",
		langDE: "Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember",
	},
}
