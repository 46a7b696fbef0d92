package coop.faireavec.home;

import coop.faireavec.actionlead.ActionLeadService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.meeting.MeetingService;
import coop.faireavec.notification.NotificationService;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.Membership;
import coop.faireavec.participation.MembershipService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.task.MyStepsService;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: my experimentations, how many things wait for me (steps, minutes to validate, meetings to answer),
 * the meetings I am invited to.
 */
@Controller
class HomeController {

    private final ExperimentationService experimentations;
    private final MyStepsService steps;

    private final NotificationService notifications;
    private final MeetingService meetings;
    private final MembershipService memberships;
    private final ActionLeadService leads;

    HomeController(
            ExperimentationService experimentations,
            MyStepsService steps,
            NotificationService notifications,
            MeetingService meetings,
            MembershipService memberships,
            ActionLeadService leads) {
        this.leads = leads;
        this.memberships = memberships;
        this.experimentations = experimentations;
        this.steps = steps;
        this.notifications = notifications;
        this.meetings = meetings;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        List<Experimentation> mine = experimentations.visibleTo(me.viewer());
        model.addAttribute("experimentations", mine);
        // experimentations whose call for leads is open: how many days are left to propose leads
        model.addAttribute(
                "callDaysLeft",
                leads.callDaysLeft(mine.stream().map(Experimentation::getId).toList()));
        model.addAttribute("openSteps", steps.countToDo(me.viewer()));
        model.addAttribute("mayCreate", experimentations.mayCreate(me.viewer()));
        model.addAttribute("notifications", notifications.unread(me.viewer()));
        model.addAttribute("meetings", meetings.upcomingFor(me.viewer()));
        // the experimentations whose steering committee I sit on: each links to the committee's decisions
        model.addAttribute(
                "onCommittee",
                memberships.membershipsOf(me.viewer().personId()).stream()
                        .filter(m -> m.getRoles().contains(ExperimentationRole.COMMITTEE))
                        .map(Membership::getExperimentationId)
                        .collect(java.util.stream.Collectors.toSet()));
        return "home/dashboard";
    }
}
