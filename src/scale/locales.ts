import type { TimelineLocale } from "../types.js";

/**
 * The ready-made locales. Month and weekday names follow d3-time-format's locale files and the
 * Unicode CLDR; date patterns follow each language's usual long form ("May 23, 2024",
 * "23 мая 2024", "2024 ж. 23 мамыр").
 */

export const EN_US: TimelineLocale = {
  tag: "en-US",
  time: {
    dateTime: "%x, %X",
    date: "%-m/%-d/%Y",
    time: "%-I:%M:%S %p",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  formats: {
    month: "%B %Y",
    day: "%B %-d, %Y",
    time: "%B %-d, %Y, %H:%M",
    tickDay: "%b %-d",
    tickWeekday: "%a %-d",
  },
  bce: "{year} BCE",
  number: { thousands: ",", grouping: [3] },
  words: {
    events: { one: "{count} event", other: "{count} events" },
    summary: "Timeline, {count}, {from} to {to}",
    summaryOneYear: "Timeline, {count}, {from}",
    empty: "Timeline with no events",
    noEvents: "No events to show",
    era: "Era: {title}",
  },
};

export const RU_RU: TimelineLocale = {
  tag: "ru-RU",
  time: {
    dateTime: "%A, %e %B %Y г. %X",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
    shortDays: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
    months: [
      "январь",
      "февраль",
      "март",
      "апрель",
      "май",
      "июнь",
      "июль",
      "август",
      "сентябрь",
      "октябрь",
      "ноябрь",
      "декабрь",
    ],
    shortMonths: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
  },
  // Russian inflects a month after a day number: "май 2024", but "23 мая 2024".
  dayMonths: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  formats: {
    month: "%B %Y",
    day: "%-d %B %Y",
    time: "%-d %B %Y, %H:%M",
    tickDay: "%-d %b",
    tickWeekday: "%a %-d",
  },
  bce: "{year} до н. э.",
  number: { thousands: "\u00a0", grouping: [3], decimal: "," },
  deepTime: {
    million: "{n} млн лет назад",
    billion: "{n} млрд лет назад",
    millionTick: "{n} млн лет",
    billionTick: "{n} млрд лет",
  },
  words: {
    events: {
      one: "{count} событие",
      few: "{count} события",
      many: "{count} событий",
      other: "{count} события",
    },
    summary: "Хронология, {count}, с {from} по {to}",
    summaryOneYear: "Хронология, {count}, {from}",
    empty: "Хронология без событий",
    noEvents: "Нет событий",
    era: "Период: {title}",
  },
};

export const KK_KZ: TimelineLocale = {
  tag: "kk-KZ",
  time: {
    dateTime: "%Y ж. %-d %B, %A, %H:%M:%S",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["жексенбі", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі"],
    shortDays: ["жс", "дс", "сс", "ср", "бс", "жм", "сб"],
    months: [
      "қаңтар",
      "ақпан",
      "наурыз",
      "сәуір",
      "мамыр",
      "маусым",
      "шілде",
      "тамыз",
      "қыркүйек",
      "қазан",
      "қараша",
      "желтоқсан",
    ],
    shortMonths: [
      "қаң.",
      "ақп.",
      "нау.",
      "сәу.",
      "мам.",
      "мау.",
      "шіл.",
      "там.",
      "қыр.",
      "қаз.",
      "қар.",
      "жел.",
    ],
  },
  formats: {
    month: "%Y ж. %B",
    day: "%Y ж. %-d %B",
    time: "%Y ж. %-d %B, %H:%M",
    tickDay: "%-d %b",
    tickWeekday: "%a, %-d",
  },
  bce: "б.з.д. {year}",
  number: { thousands: "\u00a0", grouping: [3], decimal: "," },
  deepTime: {
    million: "{n} млн жыл бұрын",
    billion: "{n} млрд жыл бұрын",
    millionTick: "{n} млн ж.",
    billionTick: "{n} млрд ж.",
  },
  words: {
    // Kazakh keeps a noun singular after a number.
    events: { other: "{count} оқиға" },
    summary: "Хронология, {count}, {from} – {to}",
    summaryOneYear: "Хронология, {count}, {from}",
    empty: "Оқиғасыз хронология",
    noEvents: "Көрсететін оқиға жоқ",
    era: "Кезең: {title}",
  },
};

/** The locales ready to use by name. */
export const LOCALES: Readonly<Record<string, TimelineLocale>> = {
  "en-US": EN_US,
  "ru-RU": RU_RU,
  "kk-KZ": KK_KZ,
};
