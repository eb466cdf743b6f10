package uk.raa.finance.domain.statement;

import java.util.List;
import java.util.Optional;

import uk.raa.finance.domain.contribution.AdverseImpact;
import uk.raa.finance.domain.contribution.GrantAllocation;
import uk.raa.finance.domain.fees.InterAgencyFee;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;

/** Everything the host-agreement rules produce for an agency and a financial year. */
public record YearStatement(String agency, FinancialYear year, List<MemberStatement> members,
                            List<AdverseImpact> adverseImpacts, List<InterAgencyFee> fees,
                            List<GrantAllocation> grants, AgencyTotals totals) {

    public YearStatement {
        members = List.copyOf(members);
        adverseImpacts = List.copyOf(adverseImpacts);
        fees = List.copyOf(fees);
        grants = List.copyOf(grants);
    }

    public Optional<MemberStatement> memberStatement(AuthorityCode member) {
        return members.stream().filter(m -> m.member().equals(member)).findFirst();
    }
}
