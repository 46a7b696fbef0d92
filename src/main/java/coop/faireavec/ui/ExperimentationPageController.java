package coop.faireavec.ui;

import coop.faireavec.contribution.ContributionService;
import coop.faireavec.directory.KnownOrganisations;
import coop.faireavec.directory.MonographService;
import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.ExperimentationService;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.funding.FundingService;
import coop.faireavec.participation.AccessGuard;
import coop.faireavec.participation.ExperimentationRole;
import coop.faireavec.participation.MemberService;
import coop.faireavec.process.ProcessDrawings;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.template.TemplateCatalog;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The experimentation's page: its phases and drawings, members by college, the committee's decisions and the voice
 * balance of each started phase. It shows several features, so it lives in {@code ui}, above them all.
 */
@Controller
@RequestMapping("/experimentations")
class ExperimentationPageController {

    private final ExperimentationService experimentations;
    private final MemberService members;
    private final TemplateCatalog templates;
    private final ReviewService reviews;
    private final ProcessDrawings drawings;
    private final AccessGuard guard;
    private final ContributionService contributions;
    private final FundingService funding;
    private final KnownOrganisations knownOrganisations;
    private final KnownOrganisationNames knownNames;
    private final MonographService monographs;

    ExperimentationPageController(
            ExperimentationService experimentations,
            MemberService members,
            TemplateCatalog templates,
            ReviewService reviews,
            ProcessDrawings drawings,
            AccessGuard guard,
            ContributionService contributions,
            FundingService funding,
            KnownOrganisations knownOrganisations,
            KnownOrganisationNames knownNames,
            MonographService monographs) {
        this.knownOrganisations = knownOrganisations;
        this.knownNames = knownNames;
        this.monographs = monographs;
        this.experimentations = experimentations;
        this.members = members;
        this.templates = templates;
        this.reviews = reviews;
        this.drawings = drawings;
        this.guard = guard;
        this.contributions = contributions;
        this.funding = funding;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        Experimentation e = experimentations.get(viewer, id);
        model.addAttribute("experimentation", e);
        model.addAttribute("template", templates.get(e.getTemplateKey()));
        model.addAttribute("membersByCollege", members.membersByCollege(viewer, id));
        model.addAttribute("reviews", reviews.reviewsOf(id));
        model.addAttribute(
                "voicesByPhase",
                contributions.voicesByPhase(
                        id, e.getStartedPhases().stream().map(Phase::name).toList()));
        Set<ExperimentationRole> roles = guard.rolesOf(viewer, id);
        model.addAttribute("isCarrier", viewer.admin() || roles.contains(ExperimentationRole.CARRIER));
        boolean mayReadFunding = funding.mayRead(viewer, id);
        model.addAttribute("mayReadFunding", mayReadFunding);
        model.addAttribute(
                "knownOrganisations", knownOrganisations.of(id, e.getTerritory().getId(), knownNames.of(viewer, e)));
        model.addAttribute("isMember", !roles.isEmpty());
        model.addAttribute("citations", monographs.citationsOf(viewer, id));
        model.addAttribute(
                "mayReadReports",
                viewer.admin()
                        || roles.contains(ExperimentationRole.CARRIER)
                        || roles.contains(ExperimentationRole.COMMITTEE));
        model.addAttribute(
                "drawings", e.getProcessInstanceId() == null ? List.of() : drawings.of(e.getProcessInstanceId()));
        model.addAttribute("phaseOfProcess", Phase.namesByProcessKey());
        return "experimentation/show";
    }
}
