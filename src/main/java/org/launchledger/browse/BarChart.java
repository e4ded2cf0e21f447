package org.launchledger.browse;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for SVG: one labelled bar per row, scaled to the largest value.
 * All geometry is computed here so the template only draws.
 */
public record BarChart(String id, String title, String description, int width, int height, int labelX, int barX,
                       List<Bar> bars) {

    private static final int WIDTH = 600;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_ROOM = 80;
    private static final int ROW = 28;
    private static final int BAR = 20;

    /** One row of input: what the bar is, its value, how to write the value, its colour ("tone"). */
    public record Row(String label, double value, String valueText, String tone) {
    }

    /** One bar, placed. {@code textY} is the baseline of its label and value. */
    public record Bar(String label, String valueText, String tone, double y, double textY, double length,
                      double valueX, int height) {
    }

    /**
     * Lays out the rows. {@code title} and {@code description} become the SVG's {@code <title>} and
     * {@code <desc>}: pass them in the page's language (the caller's message files).
     */
    public static BarChart of(String id, String title, String description, List<Row> rows) {
        double max = rows.stream().mapToDouble(Row::value).max().orElse(0);
        double room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double length = max == 0 ? 0 : round(row.value() / max * room);
            double y = i * ROW + (ROW - BAR) / 2.0;
            bars.add(new Bar(row.label(), row.valueText(), row.tone(), y, y + BAR * 0.72,
                    length, LABEL_WIDTH + length + 6, BAR));
        }
        return new BarChart(id, title, description, WIDTH, rows.size() * ROW, LABEL_WIDTH - 8, LABEL_WIDTH, bars);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
