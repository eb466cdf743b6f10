package uk.raa.finance.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.raa.common.problem.ProblemMappers;
import uk.raa.finance.domain.rules.DomainRuleViolation;
import uk.raa.finance.service.FinanceRules;

/** A finance rule that escapes the service layer is still a 422 naming the field and the rule, never a 500. */
public class DomainRuleMapper {

    @ServerExceptionMapper
    public Response rule(DomainRuleViolation v) {
        return ProblemMappers.respond(FinanceRules.toProblem(v));
    }
}
