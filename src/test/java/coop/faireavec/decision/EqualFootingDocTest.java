package coop.faireavec.decision;

import static coop.faireavec.decision.Grade.ESSENTIAL;
import static coop.faireavec.decision.Grade.IMPORTANT;
import static coop.faireavec.decision.Grade.NOT_PRIORITY;
import static coop.faireavec.decision.Grade.USEFUL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/equal-footing.md (three colleges of 3, 8 and 2 members), computed by the code: the
 * result tables of the document, in French and in English, must be exactly the ones written here from the tally, so
 * the document never says something the code does not do.
 */
class EqualFootingDocTest {

    static final long A = 1L;
    static final long B = 2L;
    static final long C = 3L;
    static final Map<Long, String> LEADS = Map.of(A, "A", B, "B", C, "C");
    static final Map<Grade, String> FR =
            Map.of(ESSENTIAL, "Essentiel", IMPORTANT, "Important", USEFUL, "Utile", NOT_PRIORITY, "Pas prioritaire");
    static final Map<Grade, String> EN =
            Map.of(ESSENTIAL, "Essential", IMPORTANT, "Important", USEFUL, "Useful", NOT_PRIORITY, "Not a priority");

    static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("LIVED_EXPERIENCE", 3);
        sizes.put("PRACTITIONERS", 8);
        sizes.put("DECISION_MAKERS", 2);
        return sizes;
    }

    static Ballot ballot(String college, Grade a, Grade b, Grade c) {
        Map<Long, Grade> grades = new LinkedHashMap<>();
        grades.put(A, a);
        grades.put(B, b);
        if (c != null) {
            grades.put(C, c);
        }
        return new Ballot(college, grades);
    }

    /** The ballots of the example, as the document lists them. */
    static List<Ballot> ballots() {
        List<Ballot> ballots = new ArrayList<>();
        ballots.add(ballot("LIVED_EXPERIENCE", ESSENTIAL, IMPORTANT, USEFUL));
        ballots.add(ballot("LIVED_EXPERIENCE", ESSENTIAL, USEFUL, NOT_PRIORITY));
        ballots.add(ballot("LIVED_EXPERIENCE", IMPORTANT, IMPORTANT, null));
        ballots.add(ballot("PRACTITIONERS", IMPORTANT, ESSENTIAL, IMPORTANT));
        ballots.add(ballot("PRACTITIONERS", USEFUL, ESSENTIAL, IMPORTANT));
        ballots.add(ballot("PRACTITIONERS", IMPORTANT, IMPORTANT, USEFUL));
        ballots.add(ballot("PRACTITIONERS", USEFUL, IMPORTANT, IMPORTANT));
        ballots.add(ballot("PRACTITIONERS", NOT_PRIORITY, USEFUL, ESSENTIAL));
        ballots.add(ballot("PRACTITIONERS", IMPORTANT, IMPORTANT, USEFUL));
        ballots.add(ballot("DECISION_MAKERS", USEFUL, IMPORTANT, ESSENTIAL));
        ballots.add(ballot("DECISION_MAKERS", NOT_PRIORITY, USEFUL, IMPORTANT));
        return ballots;
    }

    /** One table row per lead, best first: lead, each college's median, overall gauge, rank, disagreement. */
    static List<String> rows(VoteResult result, Map<Grade, String> words, String disagreement) {
        List<String> rows = new ArrayList<>();
        for (LeadResult lead : result.ranked()) {
            StringBuilder row = new StringBuilder("| " + LEADS.get(lead.leadId()) + " |");
            for (CollegeResult college : lead.colleges()) {
                row.append(' ')
                        .append(words.get(college.median()))
                        .append(" (")
                        .append(college.voters())
                        .append(") |");
            }
            Gauge g = lead.overall();
            row.append(' ')
                    .append(words.get(g.majorityGrade()))
                    .append(g.plus() ? "+" : "-")
                    .append(" (")
                    .append(g.plus() ? "p" : "q")
                    .append(" = ")
                    .append(String.format(Locale.ROOT, "%.1f", 100 * g.share()))
                    .append(" %) | ")
                    .append(lead.rank())
                    .append(" | ")
                    .append(lead.disagreement() ? disagreement : "")
                    .append(lead.disagreement() ? " |" : "|");
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void theWorkedExampleOfTheDocumentIsWhatTheCodeComputes() throws IOException {
        VoteResult result = MajorityJudgment.tally(List.of(A, B, C), sizes(), ballots(), EqualFootingRules.defaults());
        String doc = Files.readString(Path.of("docs", "equal-footing.md"));

        // lead B, as the document explains it: 1/9 Essentiel, 5/9 Important, 3/9 Utile
        assertThat(result.ranked().get(0).overallShares())
                .containsEntry(ESSENTIAL, 1.0 / 9)
                .containsEntry(IMPORTANT, 5.0 / 9)
                .containsEntry(USEFUL, 3.0 / 9);
        // small colleges (fewer than 3 voters on a lead) keep their distribution inside the tally
        assertThat(result.ranked().get(0).colleges().get(2).distributionShown()).isFalse();
        assertThat(result.provisional()).isFalse();
        assertThat(result.turnout()).extracting(Turnout::required).containsExactly(2, 3, 2);
        for (String row : rows(result, FR, "désaccord")) {
            assertThat(doc).contains(row);
        }
        for (String row : rows(result, EN, "disagreement")) {
            assertThat(doc).contains(row);
        }

        // Only one decision-maker votes (the second ballot is left out): provisional, one more voter needed.
        List<Ballot> fewer = new ArrayList<>(ballots());
        fewer.remove(fewer.size() - 1);
        VoteResult provisional = MajorityJudgment.tally(List.of(A, B, C), sizes(), fewer, EqualFootingRules.defaults());
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.missing()).containsExactly(new MissingQuorum("DECISION_MAKERS", 1));
    }
}
