package org.launchledger.browse;

import java.util.ArrayList;
import java.util.List;

/**
 * A stacked column chart laid out for SVG: one column per category (a year), stacked by series (a
 * vehicle), with a value axis of round ticks. The same columns feed the data table under it.
 */
public record ColumnChart(String id, String title, String description, int width, int height, double axisX,
                          double baseline, List<Series> series, List<Column> columns, List<Tick> ticks) {

    private static final int WIDTH = 720;
    private static final int PLOT_HEIGHT = 240;
    private static final int LEFT = 36;
    /** Room for the last category label, centred under its column. */
    private static final int RIGHT = 24;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;
    /** At most this many category labels under the axis, so they never overlap. */
    private static final int MAX_LABELS = 15;

    /** One stacked series (a vehicle): its name as the page shows it, and its colour. */
    public record Series(String name, String tone) {
    }

    /** One part of a column; zero-height parts are kept so the table has every cell. */
    public record Segment(Series series, long value, double y, double height) {
    }

    public record Column(String label, boolean labelled, double x, double labelX, double width, long total,
                         List<Segment> segments) {
    }

    public record Tick(long value, double y) {
    }

    /**
     * {@code values[c][s]} is series {@code s} in column {@code c}. {@code title} and
     * {@code description} become the SVG's {@code <title>} and {@code <desc>}, and series names and
     * categories its labels: pass them in the page's language (the caller's message files).
     */
    public static ColumnChart stacked(String id, String title, String description, List<String> categories,
                                      List<Series> series, long[][] values) {
        long max = 0;
        for (long[] column : values) {
            long total = 0;
            for (long v : column) {
                total += v;
            }
            max = Math.max(max, total);
        }
        long step = niceStep(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        double baseline = TOP + PLOT_HEIGHT;
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, categories.size());
        int labelEvery = (int) Math.ceil(categories.size() / (double) MAX_LABELS);

        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double x = LEFT + c * slot + slot * 0.15;
            double y = baseline;
            long total = 0;
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                long value = values[c][s];
                double h = value * PLOT_HEIGHT / (double) top;
                y -= h;
                total += value;
                segments.add(new Segment(series.get(s), value, BarChart.round(y), BarChart.round(h)));
            }
            columns.add(new Column(categories.get(c), c % labelEvery == 0, BarChart.round(x),
                    BarChart.round(x + slot * 0.35), BarChart.round(slot * 0.7), total, segments));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(v, BarChart.round(baseline - v * PLOT_HEIGHT / (double) top)));
        }
        return new ColumnChart(id, title, description, WIDTH, TOP + PLOT_HEIGHT + BOTTOM, LEFT, baseline, series,
                columns, ticks);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50… that needs at most five steps to reach {@code max}. */
    static long niceStep(long max) {
        for (long power = 1; ; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (max <= 5 * factor * power) {
                    return factor * power;
                }
            }
        }
    }

    /** Where category labels sit: just under the axis. */
    public double labelY() {
        return baseline + 18;
    }

    /** The right end of the axis and grid lines. */
    public double axisEnd() {
        return width - RIGHT;
    }
}
