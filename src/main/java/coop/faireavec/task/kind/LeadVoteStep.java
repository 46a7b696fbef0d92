package coop.faireavec.task.kind;

import coop.faireavec.actionlead.ActionLead;
import coop.faireavec.decision.Grade;
import coop.faireavec.process.ProcessConstants;
import coop.faireavec.task.StepPage;
import coop.faireavec.vote.VoteService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The vote on the leads (issue #13, point 3): ONE "vote open" step shared by every member with a college
 * ({@link #sharedByMembers()}), which each member completes once with their own secret ballot — a grade of the
 * majority-judgment scale ({@link Grade}) on every lead — directly or recorded for them with their consent. Sending
 * it again before the close replaces it. A carrier closes the vote (with a written reason when a college is below its
 * quorum) or extends it; the results ({@code /experimentations/{id}/votes}) weigh each college the same. Chosen over
 * one step per member so that the vote has one end, one extension and one closing reason for everyone
 * (docs/equal-footing.md, "Votes").
 */
final class LeadVoteStep extends FormStep<BallotForm> {

    LeadVoteStep() {
        super(ProcessConstants.FORM_LEAD_VOTE, BallotForm.class, () -> new BallotForm(null));
    }

    @Override
    public boolean showsLeads() {
        return true;
    }

    @Override
    public boolean sharedByMembers() {
        return true;
    }

    /** The page starts from the viewer's own ballot, when they sent one (nobody else's is ever shown). */
    @Override
    public BallotForm formFor(StepPage page) {
        Map<Long, Grade> own = page.shared() != null && page.shared().details() instanceof VoteService.Sheet sheet
                ? sheet.own()
                : Map.of();
        List<BallotForm.Line> lines = new ArrayList<>();
        for (ActionLead lead : page.leads()) {
            lines.add(new BallotForm.Line(lead.getId(), own.get(lead.getId())));
        }
        return new BallotForm(lines);
    }

    /** Every lead shown needs an answer ("Sans avis" is one), on the line of that lead. */
    @Override
    public void validate(BallotForm form, StepPage page, Errors errors) {
        List<ActionLead> leads = page.leads();
        List<BallotForm.Line> lines = form.lines() == null ? List.of() : form.lines();
        boolean aligned = lines.size() == leads.size();
        for (int i = 0; aligned && i < leads.size(); i++) {
            aligned = lines.get(i) != null
                    && leads.get(i).getId().equals(lines.get(i).leadId());
        }
        if (!aligned) {
            if (!leads.isEmpty()) {
                errors.reject("form.ballot.incomplete");
            }
            return;
        }
        for (int i = 0; i < leads.size(); i++) {
            if (lines.get(i).grade() == null) {
                errors.rejectValue("lines[" + i + "].grade", "form.ballot.gradeRequired");
            }
        }
    }

    @Override
    public Map<String, Object> complete(StepContext step, BallotForm form) {
        step.openVote();
        step.castBallot(form.grades());
        return Map.of();
    }

    @Override
    public boolean partDone(StepContext step) {
        return step.hasVoted();
    }

    @Override
    public Object sharedDetails(StepContext step) {
        step.openVote();
        return step.ballotSheet();
    }

    @Override
    public boolean closingNeedsReason(StepContext step) {
        step.openVote();
        return step.voteClosingNeedsReason();
    }

    @Override
    public Map<String, Object> close(StepContext step, String reason) {
        step.openVote();
        step.closeVote(reason);
        return Map.of();
    }

    @Override
    public void extended(StepContext step, Instant until) {
        step.openVote();
        step.voteExtended(until);
    }

    @Override
    public String doneFlash(BallotForm form) {
        return "flash.ballotSent";
    }

    /** Back to the member's steps: the vote stays open until the close (their step shows their part done). */
    @Override
    public boolean showsWhatWasStored() {
        return false;
    }
}
