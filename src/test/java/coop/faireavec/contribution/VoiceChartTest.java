package coop.faireavec.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.faireavec.contribution.ContributionService.CollegeVoices;
import coop.faireavec.participation.College;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceChartTest {

    static List<CollegeVoices> voices(
            long lived,
            long livedPeople,
            long practitioners,
            long practitionerPeople,
            long deciders,
            long deciderPeople) {
        return List.of(
                new CollegeVoices(College.LIVED_EXPERIENCE, lived, livedPeople),
                new CollegeVoices(College.PRACTITIONERS, practitioners, practitionerPeople),
                new CollegeVoices(College.DECISION_MAKERS, deciders, deciderPeople));
    }

    @Test
    void theLargestNumberGetsTheFullBarAndTheOthersTheirShareOnTheSameScale() {
        VoiceChart chart = VoiceChart.of(voices(6, 3, 2, 1, 0, 0));

        assertThat(chart.silent()).isFalse();
        assertThat(chart.rows()).extracting(VoiceChart.Row::college).containsExactly(College.values());
        assertThat(chart.rows()).extracting(VoiceChart.Row::contributionsWidth).containsExactly(150, 50, 0);
        assertThat(chart.rows()).extracting(VoiceChart.Row::authorsWidth).containsExactly(75, 25, 0);
    }

    @Test
    void aSmallNumberNextToABigOneStillShowsAndNoBarGoesBeyondTheMaximum() {
        assertThat(VoiceChart.barWidth(1, 1000)).isEqualTo(VoiceChart.MIN_BAR);
        assertThat(VoiceChart.barWidth(0, 1000)).isZero();
        assertThat(VoiceChart.barWidth(1000, 1000)).isEqualTo(VoiceChart.MAX_BAR);
        assertThat(VoiceChart.barWidth(1, 3)).isEqualTo(50);
    }

    @Test
    void whenNobodySpokeTheChartSaysSoAndDrawsNoBar() {
        VoiceChart chart = VoiceChart.of(voices(0, 0, 0, 0, 0, 0));

        assertThat(chart.silent()).isTrue();
        assertThat(chart.rows()).allSatisfy(r -> {
            assertThat(r.contributionsWidth()).isZero();
            assertThat(r.authorsWidth()).isZero();
        });
    }

    @Test
    void rowsFollowOneAnotherBelowTheLegendAndEveryLabelFitsInTheDrawing() {
        VoiceChart chart = VoiceChart.of(voices(999, 999, 1, 1, 40, 12));

        int previousBottom = 0;
        for (VoiceChart.Row r : chart.rows()) {
            assertThat(r.nameY()).isGreaterThan(previousBottom);
            assertThat(r.contributionsY()).isGreaterThan(r.nameY());
            assertThat(r.authorsY()).isGreaterThanOrEqualTo(r.contributionsY() + chart.barHeight());
            previousBottom = r.authorsY() + chart.barHeight();
            // the longest label, "999 contributions", needs about 8.5 units a character at 16px
            assertThat(r.contributionsLabelX() + 17 * 8.5).isLessThanOrEqualTo(chart.width());
        }
        assertThat(previousBottom).isLessThanOrEqualTo(chart.height());
        assertThat(chart.viewBox()).isEqualTo("0 0 320 " + chart.height());
    }
}
