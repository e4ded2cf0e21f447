package org.launchledger.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeline, laid out: every shape's position in SVG user units, so the template only draws.
 * Built by {@link TimelineLayout}, its words in one language; drawn by templates/tags/timeline.html. {@code today} is null
 * where the view ends before today. Shapes still under way today are {@code open}: they end at
 * today and the template draws their right edge as open.
 */
public record TimelineChart(
        LocalDate from,
        LocalDate to,
        int width,
        int height,
        int plotLeft,
        int plotRight,
        int accessY,
        int lanesTop,
        int lanesBottom,
        int milestonesY,
        String title,
        String description,
        List<Tick> ticks,
        Today today,
        List<Band> bands,
        List<Block> access,
        List<Lane> lanes,
        List<Milestone> milestones,
        List<CountryKey> countries) {

    public int bandTop() {
        return TimelineLayout.AXIS_HEIGHT;
    }

    public int bandHeight() {
        return lanesBottom - TimelineLayout.AXIS_HEIGHT;
    }

    /**
     * The mark of an open end: a chevron pointing on, at the right edge of a shape still under
     * way today, {@code top} to {@code top + height}.
     */
    public String openEnd(int right, int top, int height) {
        return "M" + right + "," + top + " l5," + height / 2.0 + " l-5," + height / 2.0;
    }

    /** The countries whose sole access the "who could fly" row shows in this view, for a legend of what it shows. */
    public List<CountryKey> soleAccessShown() {
        return countries.stream().filter(k -> accessShows("tone-" + k.tone())).toList();
    }

    /** Whether the view shows anything a legend of its colours names (a view outside the history shows none). */
    public boolean legendShown() {
        return !access.isEmpty() || standDownShown();
    }

    /** Whether the "who could fly" row shows a time when more than one country could. */
    public boolean severalShown() {
        return accessShows("several");
    }

    /** Whether the "who could fly" row shows a time when nobody could. */
    public boolean nobodyShown() {
        return accessShows("none");
    }

    /** Whether a lane shows a stand-down (hatched as nobody's access is, so the legend says which is which). */
    public boolean standDownShown() {
        return lanes.stream().anyMatch(lane -> !lane.standDowns().isEmpty());
    }

    private boolean accessShows(String css) {
        return access.stream().anyMatch(block -> block.css().equals(css));
    }

    /** Whether a lane counts its flights in columns ({@link Lane#groups()}), too many to draw one by one. */
    public boolean counted() {
        return lanes.stream().anyMatch(lane -> !lane.groups().isEmpty());
    }

    /** How many days one column of a counted lane spans, rounded to the nearest day (at least 1). */
    public long groupDays() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return Math.max(1, Math.round((double) days * TimelineLayout.GROUP_WIDTH / (plotRight - plotLeft)));
    }

    /** Right edge of the row labels, left of the plot. */
    public int labelX() {
        return plotLeft - 8;
    }

    public int accessLabelY() {
        return accessY + 13;
    }

    public int milestonesLabelY() {
        return milestonesY + 14;
    }

    public int accessHeight() {
        return TimelineLayout.ACCESS_HEIGHT;
    }

    /** Baseline of an era's first label line and of its second. */
    public int bandLabelY() {
        return TimelineLayout.AXIS_HEIGHT + 17;
    }

    public int bandDetailY() {
        return TimelineLayout.AXIS_HEIGHT + 35;
    }

    /** A country that had access, with its colour: tones go by order of first access. */
    public record CountryKey(String code, String name, String tone) {
    }

    /** A year on the axis; {@code label} is empty for years between labelled ones. */
    public record Tick(int x, String label) {
    }

    /** A sole-access era ({@code kind} "era") or a time with no access at all ({@code kind} "gap"). */
    public record Band(int x, int width, String kind, String country, String tone, String label, String detail,
                       String title, boolean open) {

        public int centre() {
            return x + width / 2;
        }

        public int right() {
            return x + width;
        }
    }

    /** A stretch of the access row, or a stand-down: {@code css} names the colour. */
    public record Block(int x, int width, String css, String title, boolean open) {

        public int right() {
            return x + width;
        }
    }

    /** The line at today, with its short label and the sentence a screen reader hears. */
    public record Today(int x, String label, String title) {

        public int labelX() {
            return x - 3;
        }
    }

    /** Baseline of the today label: under the year labels, just above the bands. */
    public int todayLabelY() {
        return TimelineLayout.AXIS_HEIGHT - 2;
    }

    /**
     * A vehicle's row: its flights as bars, or, where too many are in view ({@link TimelineLayout#MAX_BARS}),
     * as counted columns ({@code groups}; then {@code bars} holds at most the highlighted flight).
     */
    public record Lane(String slug, String name, String country, String tone, int y, int height, List<Bar> bars,
                       List<Group> groups, List<Block> standDowns) {

        public int labelY() {
            return y + height / 2 + 5;
        }

        public int shadeY() {
            return y + 2;
        }

        public int shadeHeight() {
            return height - 4;
        }
    }

    /** One mission: launch to landing, the docked span inside it; open while in flight. */
    public record Bar(String slug, int x, int y, int width, int height, int dockX, int dockWidth, boolean abort,
                      boolean open, boolean highlight, String title) {

        public int middle() {
            return y + height / 2;
        }

        public int right() {
            return x + width;
        }

        public int dockY() {
            return y + 3;
        }

        public int dockHeight() {
            return height - 6;
        }
    }

    /**
     * A column of a counted lane: the flights launched in its span, as tall as their number against
     * the fullest column's; {@code count} flights, {@code query} the query string of /missions that
     * lists them.
     */
    public record Group(int x, int y, int width, int height, int count, String query, String title) {
    }

    /** A change of access, numbered in time order, placed on its row below the lanes. */
    public record Milestone(int number, int x, int y, String kind, String day, Phrase phrase) {

        /** The change in plain words, for the SVG title. */
        public String text() {
            return phrase.text();
        }

        public int lineEnd() {
            return y - 9;
        }

        public int textY() {
            return y + 4;
        }
    }
}
