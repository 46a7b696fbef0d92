package coop.faireavec.contribution;

import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.participation.College;
import java.util.ArrayList;
import java.util.List;

/**
 * The drawing of a voice balance (templates/fragments/voices.html): one pair of horizontal bars per college,
 * contributions then distinct people, on one scale so that the longest bar is the largest number. Every length is
 * computed here, in SVG units, so the template writes plain width/x/y attributes (the CSP forbids style="...").
 * One unit is one CSS pixel when the drawing is {@link #WIDTH} pixels wide.
 */
public record VoiceChart(int width, int height, boolean silent, List<Row> rows) {

    public static final int WIDTH = 320;
    /** The longest bar; the rest of the width holds its label ("999 contributions"). */
    public static final int MAX_BAR = 150;
    /** Bars start one unit in, so that the outline of the outlined bars is not cut at the left edge. */
    public static final int BAR_X = 1;

    public static final int BAR_HEIGHT = 18;
    /** A number other than zero always gets a visible bar, however small next to the largest. */
    public static final int MIN_BAR = 3;

    static final int LABEL_GAP = 6;
    static final int LEGEND_HEIGHT = 58;
    static final int ROW_HEIGHT = 84;
    static final int ROW_GAP = 16;

    /**
     * One college: its name on a line (baseline at nameY), then its contributions bar and its people bar (tops at
     * contributionsY and authorsY), each followed by its number.
     */
    public record Row(
            College college,
            long contributions,
            long authors,
            int nameY,
            int contributionsY,
            int authorsY,
            int contributionsWidth,
            int authorsWidth) {

        public int contributionsLabelX() {
            return BAR_X + contributionsWidth + LABEL_GAP;
        }

        public int authorsLabelX() {
            return BAR_X + authorsWidth + LABEL_GAP;
        }

        /** Baselines of the numbers, vertically centred on their bar. */
        public int contributionsLabelY() {
            return contributionsY + 14;
        }

        public int authorsLabelY() {
            return authorsY + 14;
        }
    }

    public static VoiceChart of(List<CollegeVoices> voices) {
        long max = 0;
        for (CollegeVoices v : voices) {
            max = Math.max(max, Math.max(v.contributions(), v.authors()));
        }
        List<Row> rows = new ArrayList<>();
        int top = LEGEND_HEIGHT;
        for (CollegeVoices v : voices) {
            rows.add(new Row(
                    v.college(),
                    v.contributions(),
                    v.authors(),
                    top + 17,
                    top + 25,
                    top + 47,
                    barWidth(v.contributions(), max),
                    barWidth(v.authors(), max)));
            top += ROW_HEIGHT;
        }
        int height = voices.isEmpty() ? LEGEND_HEIGHT : top - ROW_GAP;
        return new VoiceChart(WIDTH, height, max == 0, List.copyOf(rows));
    }

    /** The length of a bar for that value when the largest value gets {@link #MAX_BAR}. */
    public static int barWidth(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        long scaled = Math.round((double) value * MAX_BAR / max);
        return (int) Math.max(MIN_BAR, Math.min(MAX_BAR, scaled));
    }

    public int barX() {
        return BAR_X;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
