import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TimelineDataError } from "../../src/data/errors.js";
import { decodeEntities, htmlToText } from "../../src/data/html-text.js";
import { parseEras, parseEvents } from "../../src/data/normalize.js";
import { fromTimelineJS, isTimelineJS } from "../../src/data/timelinejs.js";
import type { EventInput } from "../../src/types.js";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve("test/fixtures/timelinejs", name), "utf8"));

/** An event without its `data`, which holds the whole slide. */
function withoutData(event: EventInput): EventInput {
  const copy = { ...event };
  delete copy.data;
  return copy;
}

function importError(json: unknown): TimelineDataError {
  try {
    fromTimelineJS(json);
  } catch (error) {
    if (error instanceof TimelineDataError) return error;
    throw error;
  }
  throw new Error("fromTimelineJS accepted bad input");
}

describe("htmlToText", () => {
  it("htmlToText drops tags, keeps paragraphs as lines and collapses whitespace", () => {
    expect(htmlToText("<p>One  <b>bold</b>\n word</p><p>Two<br>three</p>").text).toBe(
      "One bold word\nTwo\nthree",
    );
  });

  it("htmlToText drops scripts, styles and comments with their content", () => {
    const { text } = htmlToText("a<script>alert('x')</script>b<style>p{}</style>c<!-- hidden -->d");
    expect(text).toBe("abcd");
  });

  it("htmlToText keeps text that merely contains a less-than sign, and cuts an unclosed tag at the end", () => {
    expect(htmlToText("a < b and 1<2").text).toBe("a < b and 1<2");
    expect(htmlToText("text <img src=x onerror=alert(1)").text).toBe("text");
  });

  it("htmlToText reads attributes holding '>' without leaking them into the text", () => {
    expect(htmlToText('<a title="x > y" href="/a">link</a>').text).toBe("link");
  });

  it("htmlToText collects each link's href, decoded, in order", () => {
    expect(htmlToText("<a href=\"/a?x=1&amp;y=2\">a</a> <a href='b'>b</a> <A HREF=c>c</A>").hrefs).toEqual([
      "/a?x=1&y=2",
      "b",
      "c",
    ]);
  });

  it("decodeEntities decodes named, decimal and hex references and leaves unknown ones as written", () => {
    expect(decodeEntities("&amp; &lt;b&gt; &#8212; &#x2014; &eacute; &nbsp; &madeup; &#0; &#xD800;")).toBe(
      "& <b> — — é \u00a0 &madeup; \ufffd \ufffd",
    );
  });

  it("decodeEntities decodes once, so an escaped entity stays an entity", () => {
    expect(decodeEntities("&amp;lt;")).toBe("&lt;");
  });
});

describe("fromTimelineJS", () => {
  it("fromTimelineJS reads the title slide, eras, groups, ids, spans and times", () => {
    const result = fromTimelineJS(fixture("title-and-eras.json"));
    expect(result.title).toBe("Kazakhstan & Singapore");
    expect(result.description).toBe("Three decades of partnership, retold.\nSecond\u00a0paragraph.");
    expect(result.eras).toEqual([
      { title: "Mission years", start: "1993", end: "2007" },
      { title: "Embassy years", start: "2008", end: "2024" },
    ]);
    expect(result.events.map(withoutData)).toEqual([
      {
        id: "relations",
        date: "1993-03-30",
        title: "Diplomatic relations",
        text: "Relations open on 30\u00a0March. Source",
        link: "https://example.org/1993",
        group: "Diplomacy",
      },
      {
        start: "2020",
        end: "2023",
        title: "$1.4\u00a0billion invested",
        text: "Direct investment from Singapore.",
        group: "Economy",
        displayDate: "2020–2023",
      },
      { start: "2024-05-23T10:30", end: "2024-05-24", title: "State visit" },
    ]);
    expect(parseEvents(result.events).map((e) => e.kind)).toEqual(["point", "span", "span"]);
    expect(parseEras(result.eras)).toHaveLength(2);
  });

  it("fromTimelineJS keeps each slide, media and all, in the event's data", () => {
    const { events } = fromTimelineJS(fixture("title-and-eras.json"));
    expect(events[1]!.data).toMatchObject({ slide: { media: { url: "https://example.org/chart.png" } } });
  });

  it("fromTimelineJS reads BCE years as TimelineJS means them: -500 is 500 BCE", () => {
    const { events } = fromTimelineJS(fixture("bce-and-scripts.json"));
    expect(events.map((e) => e.date)).toEqual(["-0499", "-0043-03-15", "0001"]);
    expect(events[0]!.displayDate).toBe("c. 500 BCE");
    const parsed = parseEvents(events);
    expect(new Date(parsed[1]!.start.time).getUTCFullYear()).toBe(-43); // 44 BCE, the Ides of March
  });

  it("fromTimelineJS turns HTML into plain text and keeps only links with safe schemes", () => {
    const { events } = fromTimelineJS(fixture("bce-and-scripts.json"));
    expect(events[0]!.text).toBe("Gold <warriors> — and more …\nclick");
    expect(events[0]!.link).toBeUndefined(); // the javascript: link is dropped
    expect(events[1]!.title).toBe("Ides of March");
    expect(events[2]!.link).toBe("/notes/one.html");
    const all = JSON.stringify(events.map(withoutData));
    expect(all).not.toMatch(/<script|onerror|onclick|javascript:/);
  });

  it("fromTimelineJS hands rich text to the caller's sanitizer, and keeps text plain", () => {
    const seen: string[] = [];
    const { events } = fromTimelineJS(fixture("bce-and-scripts.json"), {
      sanitizeHTML: (html) => {
        seen.push(html);
        return html.replace(/<script[\s\S]*?<\/script>/g, "");
      },
    });
    expect(seen).toHaveLength(2);
    expect((events[0]!.data as { html: string }).html).toContain("<p onclick");
    expect((events[0]!.data as { html: string }).html).not.toContain("<script");
    expect(events[0]!.text).toBe("Gold <warriors> — and more …\nclick"); // entities decoded, no tags
  });

  it("fromTimelineJS names a slide without a headline by the first line of its text", () => {
    const { events } = fromTimelineJS(fixture("media-only.json"));
    expect(events[0]).toMatchObject({
      date: "2012",
      title: "Surbana Jurong arrives",
      text: "Surbana Jurong arrives\nUrban planning projects begin.",
    });
    expect(events[1]).toMatchObject({ date: "2019-01", title: "E-judiciary for the AIFC" });
  });

  it("fromTimelineJS accepts the document as JSON text", () => {
    const text = JSON.stringify({ events: [{ start_date: { year: 2003 }, text: { headline: "Mission" } }] });
    expect(fromTimelineJS(text).events).toEqual([
      {
        date: "2003",
        title: "Mission",
        data: { slide: { start_date: { year: 2003 }, text: { headline: "Mission" } } },
      },
    ]);
  });

  it("fromTimelineJS reports every bad field at once by its JSON path", () => {
    const error = importError(fixture("bad.json"));
    expect(error.issues).toEqual([
      { path: "events[0].start_date.month", message: "month 13 does not exist; months run from 1 to 12" },
      { path: "events[1].start_date.year", message: "is missing" },
      { path: "events[2].start_date.year", message: '"199x" is not a whole number' },
      { path: "events[3].end_date", message: '"2019" is before the start "2020"' },
      { path: "events[4].text.headline", message: "is missing; each event needs a headline (or text)" },
    ]);
  });

  it("fromTimelineJS refuses what is not a TimelineJS document, and text that is not JSON", () => {
    expect(importError([1, 2]).issues[0]!.path).toBe("events");
    expect(importError("{ nope").issues[0]!.path).toBe("(document)");
    expect(importError({ events: [{ start_date: "1993" }] }).issues[0]).toEqual({
      path: "events[0].start_date",
      message: 'must be a date object with a year, got "1993"',
    });
  });

  it("isTimelineJS tells a TimelineJS document from a plain list of events", () => {
    expect(isTimelineJS(fixture("title-and-eras.json"))).toBe(true);
    expect(isTimelineJS({ events: [{ date: "1993", title: "x" }] })).toBe(false);
    expect(isTimelineJS([{ date: "1993", title: "x" }])).toBe(false);
  });
});
