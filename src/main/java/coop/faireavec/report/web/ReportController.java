package coop.faireavec.report.web;

import coop.faireavec.experimentation.Experimentation;
import coop.faireavec.experimentation.Phase;
import coop.faireavec.report.PhaseReport;
import coop.faireavec.report.ReportService;
import coop.faireavec.report.ReportVersion;
import coop.faireavec.report.ReportVersionInfo;
import coop.faireavec.review.ReviewService;
import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.security.Viewer;
import coop.faireavec.shared.NotFoundException;
import coop.faireavec.shared.SafeDownloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports of an experimentation, for its committee, carriers and administrators: the page of versions and
 * decisions, a phase's summary in the page, the downloads of kept workbooks, and the carrier's "new version" button.
 */
@Controller
@RequestMapping("/experimentations/{id}/reports")
class ReportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;
    private final ReviewService reviews;

    ReportController(ReportService reports, ReviewService reviews) {
        this.reports = reports;
        this.reviews = reviews;
    }

    /** A kept workbook asked for and none exists yet: the plain-words 404 page of the reports. */
    static final class NoReportYet extends NotFoundException {
        final long experimentationId;

        NoReportYet(long experimentationId, String what) {
            super("report", what);
            this.experimentationId = experimentationId;
        }
    }

    @ExceptionHandler(NoReportYet.class)
    String noReportYet(NoReportYet e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("experimentationId", e.experimentationId);
        return "report/none";
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        Experimentation e = reports.requireReader(viewer, id);
        Map<String, List<ReportVersionInfo>> byPhase = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            byPhase.put(p.name(), new ArrayList<>());
        }
        byPhase.put(ReportVersion.WHOLE, new ArrayList<>());
        for (ReportVersionInfo v : reports.versions(viewer, id)) {
            byPhase.computeIfAbsent(v.phase(), k -> new ArrayList<>()).add(v);
        }
        model.addAttribute("experimentation", e);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("versionsByPhase", byPhase);
        model.addAttribute("authors", reports.authorNames(viewer, id));
        model.addAttribute("reviews", reviews.reviewsOf(id));
        model.addAttribute("mayGenerate", reports.mayGenerate(viewer, id));
        return "report/list";
    }

    @GetMapping("/phase-{n}")
    String summary(
            @PathVariable long id, @PathVariable int n, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Viewer viewer = me.viewer();
        Phase phase = phase(n);
        Experimentation e = reports.requireReader(viewer, id);
        PhaseReport report = reports.summary(viewer, id, phase).orElseThrow(() -> new NoReportYet(id, phase.name()));
        model.addAttribute("experimentation", e);
        model.addAttribute("report", report);
        model.addAttribute("phaseNumber", n);
        return "report/phase";
    }

    @GetMapping("/phase-{n}.xlsx")
    ResponseEntity<byte[]> latest(
            @PathVariable long id,
            @PathVariable int n,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        return workbook(id, phase(n), null, me, request);
    }

    @GetMapping("/phase-{n}/v{k}.xlsx")
    ResponseEntity<byte[]> version(
            @PathVariable long id,
            @PathVariable int n,
            @PathVariable int k,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        return workbook(id, phase(n), k, me, request);
    }

    @GetMapping("/experimentation.xlsx")
    ResponseEntity<byte[]> whole(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        return workbook(id, null, null, me, request);
    }

    @PostMapping("/phase-{n}/regenerate")
    String regenerate(
            @PathVariable long id,
            @PathVariable int n,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        ReportVersion v = reports.generateOnRequest(me.viewer(), id, phase(n));
        redirect.addFlashAttribute("flash", "flash.reportGenerated");
        redirect.addFlashAttribute("flashArg", v.getVersionNo());
        return "redirect:/experimentations/" + id + "/reports";
    }

    @PostMapping("/experimentation/regenerate")
    String regenerateWhole(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        ReportVersion v = reports.generateOnRequest(me.viewer(), id, null);
        redirect.addFlashAttribute("flash", "flash.reportGenerated");
        redirect.addFlashAttribute("flashArg", v.getVersionNo());
        return "redirect:/experimentations/" + id + "/reports";
    }

    private ResponseEntity<byte[]> workbook(
            long id, Phase phaseOrNull, Integer version, AccountPrincipal me, HttpServletRequest request) {
        ReportVersion v;
        try {
            v = reports.download(me.viewer(), id, phaseOrNull, version, request.getRemoteAddr());
        } catch (NoReportYet e) {
            throw e;
        } catch (NotFoundException e) {
            throw new NoReportYet(id, ReportService.key(phaseOrNull));
        }
        String title = reports.requireReader(me.viewer(), id).getTitle();
        String name = (phaseOrNull == null ? "experimentation" : "bilan-phase-" + phaseOrNull.number()) + "-" + title
                + "-v" + v.getVersionNo() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeDownloads.attachment(name))
                .header("X-Content-Type-Options", "nosniff")
                .body(v.getContent());
    }

    private static Phase phase(int n) {
        for (Phase p : Phase.values()) {
            if (p.number() == n) {
                return p;
            }
        }
        throw new NotFoundException("phase", n);
    }
}
