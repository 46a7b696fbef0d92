package coop.faireavec.task.web;

import coop.faireavec.security.AccountPrincipal;
import coop.faireavec.task.MyStepsService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My next steps: the two groups of open steps, taking and giving back a step, and what a done step stored. */
@Controller
@RequestMapping("/tasks")
class MyStepsController {

    private final MyStepsService mySteps;

    MyStepsController(MyStepsService mySteps) {
        this.mySteps = mySteps;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "experimentation", required = false) Long experimentation,
            Model model) {
        model.addAttribute("board", mySteps.board(me.viewer(), experimentation));
        return "task/list";
    }

    @PostMapping("/{taskId}/claim")
    String claim(
            @PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        mySteps.claim(me.viewer(), taskId);
        redirect.addFlashAttribute("flash", "flash.stepClaimed");
        return "redirect:/tasks";
    }

    @PostMapping("/{taskId}/unclaim")
    String giveBack(
            @PathVariable String taskId, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        mySteps.giveBack(me.viewer(), taskId);
        redirect.addFlashAttribute("flash", "flash.stepGivenBack");
        return "redirect:/tasks";
    }

    @GetMapping("/done/{doneTaskId}")
    String done(@PathVariable String doneTaskId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("done", mySteps.done(me.viewer(), doneTaskId));
        return "task/done";
    }
}
