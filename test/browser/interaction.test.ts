// Zoom, pan and details in real Chromium, driven as a reader would: wheel, drag, double click,
// buttons, touch. The page is fixtures/timeline.html with the Kazakhstan–Singapore data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import {
  axisPoint,
  cardTitle,
  markCenter,
  openFixture,
  openIn,
  rangeText,
  rangeYears,
  tickTexts,
} from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** The range of the last "zoom" event, in years with a fraction. */
const lastZoom = (page: import("playwright-core").Page) =>
  page.evaluate(() => {
    const zooms = (window as any).log.filter((e: any) => e.type === "zoom");
    const z = zooms[zooms.length - 1]?.value;
    const year = (d: Date) => d.getUTCFullYear() + d.getUTCMonth() / 12;
    return z ? { start: year(z.start), end: year(z.end), count: zooms.length } : undefined;
  });

describe("zoom and pan in Chromium", () => {
  it("the wheel zooms in around the pointer; ticks and labels are laid out again, text keeps its size", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1280);
    const before = {
      ticks: await tickTexts(page),
      fontSize: await page.$eval(".chronoline-label-title", (t) => getComputedStyle(t).fontSize),
    };
    expect(await rangeText(page)).toBe("All events, 1993 – 2024");

    const at = await markCenter(page, "civil-service-2016");
    await page.mouse.move(at.x, at.y - 30);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
    await expect.poll(async () => (await lastZoom(page))?.end ?? 0).toBeLessThan(2025);

    const zoom = (await lastZoom(page))!;
    expect(zoom.end - zoom.start).toBeLessThan(25);
    expect(zoom.start).toBeLessThan(2016.1); // the year under the pointer stays in view
    expect(zoom.end).toBeGreaterThan(2016.1);
    await expect.poll(() => rangeText(page)).toMatch(/^Showing \d{4}/);
    expect(await tickTexts(page)).not.toEqual(before.ticks);
    // Semantic zoom: nothing is scaled, and text keeps its size.
    expect(await page.$$eval("svg.chronoline [transform*='scale']", (n) => n.length)).toBe(0);
    expect(await page.$eval(".chronoline-label-title", (t) => getComputedStyle(t).fontSize)).toBe(
      before.fontSize,
    );
    // Only events in view are drawn; the rest stay in the table of all events.
    const drawn = await page.$$eval(".chronoline-event", (n) => n.length);
    expect(drawn).toBeLessThan(15);
    expect(await page.$$eval(".chronoline-table tbody tr", (n) => n.length)).toBe(15);
    expect(problems).toEqual([]);
    await close();
  });

  it("a drag pans the zoomed view, and neither panning nor zooming out leaves the data", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => (window as any).timeline.zoomTo("2010", "2014"));
    const start = await axisPoint(page, 0.5);
    // Drag far to the right: the view moves back in time, and stops at the first event's margin.
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(start.x + i * 150, start.y);
    await page.mouse.up();
    await expect.poll(async () => (await lastZoom(page))!.start).toBeLessThan(2009);
    const panned = (await lastZoom(page))!;
    expect(panned.end - panned.start).toBeCloseTo(5, 0); // panning keeps the zoom
    expect(panned.start).toBeGreaterThan(1991.5); // not before the data's padded start (1991.8)

    // Zooming far out stops at the whole range.
    await page.mouse.move(start.x, start.y);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => rangeText(page)).toBe("All events, 1993 – 2024");
    const whole = (await lastZoom(page))!;
    expect(whole.start).toBeGreaterThan(1991.5);
    expect(whole.end).toBeLessThan(2025.7);
    await close();
  });

  it("a drag does not open the details of the event it started on", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => (window as any).timeline.zoomTo("2010", "2020"));
    const at = await markCenter(page, "civil-service-2016");
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y, { steps: 5 });
    await page.mouse.up();
    expect(await cardTitle(page)).toBeNull();
    await close();
  });

  it("a double click zooms in, and the +, − and Show all buttons zoom in, out and back", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    const at = await axisPoint(page, 0.3);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await lastZoom(page))?.end ?? 9999).toBeLessThan(2025);
    const afterDouble = (await lastZoom(page))!;
    expect(afterDouble.end - afterDouble.start).toBeCloseTo((2025.4 - 1991.8) / 2, 0);

    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect
      .poll(async () => {
        const z = (await lastZoom(page))!;
        return z.end - z.start;
      })
      .toBeCloseTo((afterDouble.end - afterDouble.start) / 2, 0);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect
      .poll(async () => {
        const z = (await lastZoom(page))!;
        return z.end - z.start;
      })
      .toBeCloseTo(afterDouble.end - afterDouble.start, 0);
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => rangeText(page)).toBe("All events, 1993 – 2024");
    expect(await page.getByRole("button", { name: "Show all" }).getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByRole("button", { name: "Zoom out" }).getAttribute("aria-disabled")).toBe("true");
    await close();
  });

  it("+ twice on multi-vector.html lands between events: the drawing says so, screen readers hear it", async () => {
    const { page, close } = await openIn(harness, "/examples/multi-vector.html", 1280, {
      reducedMotion: "reduce",
    });
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    await zoomIn.click();
    await zoomIn.click();
    await expect.poll(() => rangeText(page)).toMatch(/^Showing 200\d – 201\d$/);
    // Nothing in that stretch: the reader is told, rather than left with an empty drawing.
    expect(await page.locator(".chronoline-event").count()).toBe(0);
    const message = page.locator("svg.chronoline text.chronoline-empty");
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toBe("No events to show");
    const live = await page.$eval("[aria-live=polite]", (n) => n.textContent);
    expect(live).toBe(`${await rangeText(page)}. No events to show`);
    // The axis still says where the view is.
    expect((await tickTexts(page)).length).toBeGreaterThan(2);
    // Zoomed out again, the message goes.
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => page.locator(".chronoline-event").count()).toBeGreaterThan(0);
    expect(await message.count()).toBe(0);
    await close();
  });

  it("zooming in stops at a few days for day-precise data", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    await page.evaluate(() => (window as any).timeline.zoomTo("2024-05-23", "2024-05-24"));
    const zoom = await page.evaluate(() => {
      const zooms = (window as any).log.filter((e: any) => e.type === "zoom");
      const z = zooms[zooms.length - 1].value;
      return (z.end - z.start) / 86_400_000;
    });
    expect(zoom).toBeCloseTo(4, 5);
    expect(await page.getByRole("button", { name: "Zoom in" }).getAttribute("aria-disabled")).toBe("true");
    await close();
  });

  it("with prefers-reduced-motion a button zoom jumps in one step; without, it glides", async () => {
    for (const [reducedMotion, steps] of [
      ["reduce", (n: number) => n === 1],
      ["no-preference", (n: number) => n > 3],
    ] as const) {
      const { page, close } = await openFixture(harness, "", 1280, { reducedMotion });
      const before = (await page.evaluate(() => (window as any).log.length)) as number;
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.waitForTimeout(600);
      const zooms = await page.evaluate(
        (from) => (window as any).log.slice(from).filter((e: any) => e.type === "zoom").length,
        before,
      );
      expect(steps(zooms), `${reducedMotion}: ${zooms} zoom events`).toBe(true);
      await close();
    }
  });
});

describe("details in Chromium", () => {
  it("a click opens the card with the date at its precision, title, text and category; × and Escape close it", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1280);
    await page.click('.chronoline-event[data-id="fdi-2020-2023"] .chronoline-label');
    expect(await cardTitle(page)).toBe("Singapore invests $1.4 billion");
    const card = page.locator(".chronoline-card");
    expect(await card.locator(".chronoline-card-date").textContent()).toBe("2020 – 2023");
    expect(await card.textContent()).toContain("Economy");
    expect(await card.getAttribute("role")).toBe("group");
    const selected = await page.evaluate(() =>
      (window as any).log.filter((e: any) => e.type === "select").map((e: any) => e.value.id),
    );
    expect(selected).toEqual(["fdi-2020-2023"]);

    await page.getByRole("button", { name: "Close details" }).click();
    expect(await cardTitle(page)).toBeNull();
    // Closing returns focus to the event, so the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe("fdi-2020-2023");

    await page.click('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
    expect(await cardTitle(page)).toBe("Mission becomes an embassy");
    await page.keyboard.press("Escape");
    expect(await cardTitle(page)).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it("select(id) from code opens the same card and emits select; a click on the open event closes it", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => (window as any).timeline.select("trade-2023"));
    expect(await cardTitle(page)).toBe("Trade reaches $1.6 billion");
    await page.click('.chronoline-event[data-id="trade-2023"] .chronoline-marker');
    expect(await cardTitle(page)).toBeNull();
    await close();
  });

  it("the card stays inside the window at 360 px, for the first and the last event", async () => {
    const { page, close } = await openFixture(harness, "", 360);
    for (const id of ["relations-1993", "state-visit-2024"]) {
      await page.evaluate((i) => (window as any).timeline.select(i), id);
      const box = (await page.locator(".chronoline-card").boundingBox())!;
      const viewport = page.viewportSize()!;
      const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
      expect(box.x - scroll.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width - scroll.x, id).toBeLessThanOrEqual(viewport.width);
      expect(box.y - scroll.y, id).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height - scroll.y, id).toBeLessThanOrEqual(viewport.height);
    }
    await close();
  });

  it("a click on a marker picks that event, even where a later neighbour's wider target overlaps it", async () => {
    const { page, close } = await openFixture(harness, "synthetic=200", 1280, { reducedMotion: "reduce" });
    // Neighbours closer than two target radii (20 px): the later one's target covers the earlier marker.
    const pairs = await page.$$eval(".chronoline-event", (groups) => {
      const marks = groups.flatMap((g) => {
        const m = g.querySelector(".chronoline-marker");
        if (!m) return [];
        const r = m.getBoundingClientRect();
        return [{ id: g.getAttribute("data-id")!, x: r.left + r.width / 2, y: r.top + r.height / 2 }];
      });
      return marks.slice(1).flatMap((m, i) => {
        const before = marks[i]!;
        const gap = m.x - before.x;
        return gap > 6 && gap < 20 && Math.abs(m.y - before.y) < 1 ? [{ earlier: before, later: m }] : [];
      });
    });
    expect(pairs.length).toBeGreaterThan(3);
    for (const { earlier } of pairs.slice(0, 4)) {
      await page.mouse.click(earlier.x + 2, earlier.y); // the half that the neighbour's target covers
      expect(await cardTitle(page)).toBe(`Event number ${earlier.id.slice(1)}`);
      await page.keyboard.press("Escape");
    }
    await close();
  });

  it("a click a few pixels beside a small marker still picks its event", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    const at = await markCenter(page, "civil-service-2016");
    await page.mouse.click(at.x + 7, at.y + 3); // off the 10 px marker, on bare background
    expect(await cardTitle(page)).toBe("Civil service training agreement");
    await close();
  });

  it("hover shows a tooltip with the date and whole title, hidden from screen readers", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    const at = await markCenter(page, "public-policy-2012");
    await page.mouse.move(at.x, at.y);
    const tip = page.locator(".chronoline-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe("2012Policy schools join forces");
    expect(await tip.getAttribute("aria-hidden")).toBe("true");
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await close();
  });
});

describe("hovering a mark without a label", () => {
  it("a span too short for a bar, drawn as a marker, shows its tooltip like a point", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() =>
      (window as any).timeline.update({
        maxLabelRows: 0, // no labels: every event is a plain mark without a node of its own
        events: [
          { id: "a", date: "1990", title: "Before" },
          { id: "visit", start: "2000-05-01", end: "2000-05-02", title: "A two-day visit" },
          { id: "b", date: "2010", title: "After" },
        ],
      }),
    );
    await page.waitForTimeout(600); // the update's fade
    // Where May 1, 2000 is, from two ticks of whole years.
    const at = await page.evaluate(() => {
      const ticks = [...document.querySelectorAll(".chronoline-axis .tick")]
        .filter((t) => /^\d{4}$/.test(t.textContent))
        .map((t) => {
          const box = t.querySelector("line")!.getBoundingClientRect();
          return { year: Number(t.textContent), x: box.x + box.width / 2, y: box.y };
        });
      const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
      return { x: a.x + ((b.x - a.x) * (2000 + 4 / 12 - a.year)) / (b.year - a.year), y: a.y };
    });
    await page.mouse.move(at.x, at.y);
    const tip = page.locator(".chronoline-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe("May 1–2, 2000A two-day visit");
    await close();
  });
});

describe("touch in Chromium (emulated touch screen)", () => {
  /** Touch points through the DevTools protocol, as a real touch screen sends them. */
  async function touch(page: import("playwright-core").Page) {
    const cdp = await page.context().newCDPSession(page);
    const send = (type: string, points: { x: number; y: number }[]) =>
      cdp.send("Input.dispatchTouchEvent", {
        type: type as "touchStart",
        touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
      });
    return { send };
  }

  it("a tap opens the details card", async () => {
    const { page, close } = await openFixture(harness, "", 390, { hasTouch: true, isMobile: true });
    const at = await markCenter(page, "venture-2020");
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => cardTitle(page)).toBe("Venture partnership for startups");
    await close();
  });

  it("two fingers pinch to zoom in, and one finger swipes sideways to pan", async () => {
    const { page, close } = await openFixture(harness, "", 390, { hasTouch: true, isMobile: true });
    const { send } = await touch(page);
    const c = await axisPoint(page, 0.5);
    await send("touchStart", [
      { x: c.x - 20, y: c.y },
      { x: c.x + 20, y: c.y },
    ]);
    for (let i = 1; i <= 10; i++) {
      await send("touchMove", [
        { x: c.x - 20 - i * 8, y: c.y },
        { x: c.x + 20 + i * 8, y: c.y },
      ]);
    }
    await send("touchEnd", []);
    await expect.poll(async () => (await lastZoom(page))?.end ?? 9999).toBeLessThan(2025);
    const pinched = (await lastZoom(page))!;
    expect(pinched.end - pinched.start).toBeLessThan((2025.4 - 1991.8) / 2);

    // The layout changed with the zoom: find the axis again.
    const d = await axisPoint(page, 0.5);
    await send("touchStart", [{ x: d.x, y: d.y }]);
    for (let i = 1; i <= 10; i++) await send("touchMove", [{ x: d.x + i * 15, y: d.y }]);
    await send("touchEnd", []);
    await expect.poll(async () => (await lastZoom(page))!.start).toBeLessThan(pinched.start - 0.5);
    const swiped = (await lastZoom(page))!;
    expect(swiped.end - swiped.start).toBeCloseTo(pinched.end - pinched.start, 1);
    expect(await rangeYears(page)).toHaveLength(2);
    await close();
  });
});
