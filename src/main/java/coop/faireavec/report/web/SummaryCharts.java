package coop.faireavec.report.web;

import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.participation.College;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.PhaseReport.Attendance;
import coop.faireavec.report.PhaseReport.CollegeFigures;
import coop.faireavec.report.PhaseReport.MeetingRow;
import java.util.ArrayList;
import java.util.List;

/**
 * What the summary's drawings need, computed here so that templates only place SVG attributes (no inline style):
 * contributions and speakers per college (drawn by {@code fragments/voices}), and attendance per college per meeting
 * as horizontal bars, one group per meeting.
 */
public final class SummaryCharts {

    /** Width of the longest bar, in SVG user units. */
    static final int BAR_MAX = 300;

    static final int BAR_X = 190;
    static final int BAR_HEIGHT = 16;
    static final int GROUP_GAP = 14;

    private SummaryCharts() {}

    /** Contributions and distinct speakers per college, every college in order. */
    public static List<CollegeVoices> voices(PhaseReport report) {
        return report.figures().colleges().stream()
                .map(c -> new CollegeVoices(c.college(), c.contributions(), c.speakers()))
                .toList();
    }

    /** One bar: a college at a meeting, present over invited. */
    public record Bar(College college, int present, int invited, int y, int width, int labelX) {}

    /** One meeting: its title line and its bars. */
    public record Group(MeetingRow meeting, int titleY, List<Bar> bars) {}

    /** The attendance drawing: its groups and its height. */
    public record AttendanceChart(List<Group> groups, int height) {

        public String viewBox() {
            return "0 0 " + (BAR_X + BAR_MAX + 180) + " " + height;
        }

        public int barX() {
            return BAR_X;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public boolean empty() {
            return groups.isEmpty();
        }
    }

    /** People present per college at each meeting of the phase, bars scaled to the largest count. */
    public static AttendanceChart attendance(PhaseReport report) {
        int max = 1;
        for (MeetingRow m : report.meetings()) {
            for (Attendance a : m.byCollege().values()) {
                max = Math.max(max, Math.max(a.present(), a.invited()));
            }
        }
        List<Group> groups = new ArrayList<>();
        int y = 4;
        for (MeetingRow m : report.meetings()) {
            int titleY = y + 14;
            y += 22;
            List<Bar> bars = new ArrayList<>();
            for (CollegeFigures c : report.figures().colleges()) {
                Attendance a = m.byCollege().getOrDefault(c.college(), new Attendance(0, 0, 0, 0));
                int width = a.present() * BAR_MAX / max;
                bars.add(new Bar(c.college(), a.present(), a.invited(), y, width, BAR_X + width + 6));
                y += BAR_HEIGHT + 6;
            }
            groups.add(new Group(m, titleY, bars));
            y += GROUP_GAP;
        }
        return new AttendanceChart(groups, y);
    }

    /** A rate 0..1 as a whole percentage for the pages. */
    public static long percent(double rate) {
        return Math.round(rate * 100);
    }
}
