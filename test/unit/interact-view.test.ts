import { describe, expect, it } from "vitest";
import {
  clampView,
  isWholeView,
  panToInclude,
  viewEnds,
  viewLimits,
  zoomView,
} from "../../src/interact/view.js";
import { parseEvents } from "../../src/data/normalize.js";

const YEAR = 365.2425 * 86_400_000;
const at = (iso: string) => Date.parse(iso);
const bounds = [at("1990-01-01"), at("2030-01-01")] as const;

describe("viewLimits", () => {
  it("viewLimits lets day-precise data zoom to four days, and year-precise data to four years", () => {
    const days = viewLimits(
      bounds,
      parseEvents([
        { date: "2000-05-01", title: "a" },
        { date: "2010", title: "b" },
      ]),
    );
    expect(days.minSpan).toBe(4 * 86_400_000);
    const years = viewLimits(
      bounds,
      parseEvents([
        { date: "2000", title: "a" },
        { date: "2010", title: "b" },
      ]),
    );
    expect(years.minSpan).toBeCloseTo(4 * YEAR, -3);
    expect(years.bounds).toEqual(bounds);
  });

  it("viewLimits never asks for a narrowest view wider than the whole", () => {
    const narrow = [at("2000-01-01"), at("2001-01-01")] as const;
    expect(viewLimits(narrow, parseEvents([{ date: "2000", title: "a" }])).minSpan).toBe(
      narrow[1] - narrow[0],
    );
  });
});

describe("clampView", () => {
  const limits = { bounds, minSpan: 86_400_000 };

  it("clampView returns a view inside the limits as it is, to the millisecond", () => {
    const view = [at("1993-01-01"), at("1999-01-01")] as const;
    expect(clampView(view, limits)).toBe(view);
  });

  it("clampView moves a view that runs past either end back inside, keeping its length", () => {
    expect(clampView([at("1980-01-01"), at("1995-01-01")], limits)).toEqual([
      bounds[0],
      bounds[0] + at("1995-01-01") - at("1980-01-01"),
    ]);
    const late = clampView([at("2025-01-01"), at("2040-01-01")], limits);
    expect(late[1]).toBe(bounds[1]);
    expect(late[1] - late[0]).toBe(at("2040-01-01") - at("2025-01-01"));
  });

  it("clampView widens a view narrower than the narrowest around its middle, and caps one wider than the whole", () => {
    const noon = at("2000-06-01T12:00Z");
    expect(clampView([noon - 1000, noon + 1000], limits)).toEqual([noon - 43_200_000, noon + 43_200_000]);
    expect(clampView([at("1900-01-01"), at("2100-01-01")], limits)).toEqual(bounds);
  });
});

describe("zoomView and panToInclude", () => {
  const limits = { bounds, minSpan: 86_400_000 };

  it("zoomView by 2 halves the view and keeps the centre time where it was on screen", () => {
    const view = [at("2000-01-01"), at("2010-01-01")] as const;
    const center = at("2002-07-02");
    const zoomed = zoomView(view, 2, center, limits);
    expect(zoomed[1] - zoomed[0]).toBeCloseTo((view[1] - view[0]) / 2, -1);
    const before = (center - view[0]) / (view[1] - view[0]);
    expect((center - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo(before, 9);
  });

  it("zoomView by 1/2 out of a view near an end stops at the whole range", () => {
    const zoomed = zoomView([at("1990-06-01"), at("2020-01-01")], 0.5, at("1991-01-01"), limits);
    expect(zoomed).toEqual(bounds);
    expect(isWholeView(zoomed, limits)).toBe(true);
  });

  it("panToInclude leaves a view that shows the time, and pans one that does not, keeping its length", () => {
    const view = [at("2000-01-01"), at("2010-01-01")] as const;
    expect(panToInclude(view, at("2005-01-01"), limits)).toBe(view);
    const panned = panToInclude(view, at("2015-01-01"), limits);
    expect(panned[1] - panned[0]).toBe(view[1] - view[0]);
    expect(panned[0]).toBeLessThan(at("2015-01-01"));
    expect(panned[1]).toBeGreaterThan(at("2015-01-01"));
  });
});

describe("viewEnds", () => {
  it("viewEnds reads a long view in years, a shorter one in months, a week in days", () => {
    expect(viewEnds([at("1990-01-01"), at("2000-01-01")])[0].precision).toBe("year");
    expect(viewEnds([at("2000-01-01"), at("2000-07-01")])[0].precision).toBe("month");
    expect(viewEnds([at("2000-01-01"), at("2000-01-08")])[1].precision).toBe("day");
    expect(viewEnds([at("2000-01-01"), at("2000-01-01T06:00Z")])[1].precision).toBe("minute");
  });
});
