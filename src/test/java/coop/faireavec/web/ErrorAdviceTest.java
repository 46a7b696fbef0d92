package coop.faireavec.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;

/** A double submit that hits a unique constraint or a row changed meanwhile gets a plain 409 page, never a 500. */
class ErrorAdviceTest {

    @Controller
    static class DoubleSubmits {

        @PostMapping("/same-username-twice")
        String uniqueConstraint() {
            throw new DataIntegrityViolationException("unique constraint UK_USERNAME violated");
        }

        @PostMapping("/changed-meanwhile")
        String optimisticLock() {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DoubleSubmits())
            .setControllerAdvice(new ErrorAdvice()).build();

    @Test
    void aUniqueConstraintHitByADoubleSubmitIsAConflictInPlainWords() throws Exception {
        mvc.perform(post("/same-username-twice"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("reasonKey", "conflict.alreadyDoneOrChanged"));
    }

    @Test
    void aRowChangedMeanwhileIsAConflictInPlainWords() throws Exception {
        mvc.perform(post("/changed-meanwhile"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(model().attribute("reasonKey", "conflict.alreadyDoneOrChanged"));
    }
}
