package uk.raa.adopters.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.process.InvalidTransition;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.problem.ProblemMappers;

/**
 * Domain rule violations that reach the REST layer. Most come from building value types out of a request (400 naming
 * field and rule); an invalid transition is a 409; missing reference data (bank holidays for a year) is a 422. The
 * domain's messages never carry submitted values, so they are safe to return.
 */
public class DomainProblems {

    @ServerExceptionMapper
    public Response domainRule(DomainRuleViolation e) {
        String rule = e.rule().toLowerCase(Locale.ROOT).replace('_', '-');
        if (e instanceof InvalidTransition t) {
            return ProblemMappers.respond(new ProblemException(409, "invalid-transition", "Invalid transition",
                    "Cannot record " + t.attemptedStep() + " when the current state is " + t.currentState() + ".",
                    List.of(new Problem.Violation("step", rule, "current state " + t.currentState()
                            + " does not allow " + t.attemptedStep())), Map.of()));
        }
        String message = explanation(e);
        if ("BANK_HOLIDAYS_NOT_LOADED".equals(e.rule())) {
            return ProblemMappers.respond(ProblemException.rule(e.field(), rule, message));
        }
        return ProblemMappers.respond(ProblemException.validation(e.field(), rule, message));
    }

    /** The domain message without its "field: " prefix and " (rule X)" suffix. */
    static String explanation(DomainRuleViolation e) {
        String text = e.getMessage();
        int colon = text.indexOf(": ");
        int rule = text.lastIndexOf(" (rule ");
        return colon >= 0 && rule > colon ? text.substring(colon + 2, rule) : text;
    }
}
