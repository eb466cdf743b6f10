package uk.raa.adopters.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.raa.adopters.domain.calendar.BankHolidays;
import uk.raa.adopters.domain.calendar.WorkingDayCalendar;
import uk.raa.adopters.domain.indicators.AdopterIndicatorCalculator;
import uk.raa.adopters.domain.indicators.IndicatorThresholds;
import uk.raa.adopters.domain.process.ProcessTimescales;
import uk.raa.adopters.domain.process.TimescaleMonitor;

/**
 * The reference data the process and indicators use: England and Wales bank holidays, the statutory timescales and
 * the indicator thresholds, all the domain's documented defaults (docs/adopter-indicators.md). Produced in one place
 * so that a later editable store replaces only this class. Singletons: the values are immutable and
 * records cannot be proxied.
 */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    BankHolidays bankHolidays() {
        return BankHolidays.englandAndWales();
    }

    @Produces
    @Singleton
    ProcessTimescales timescales() {
        return ProcessTimescales.statutoryDefaults();
    }

    @Produces
    @Singleton
    IndicatorThresholds thresholds() {
        return IndicatorThresholds.defaults();
    }

    @Produces
    @Singleton
    TimescaleMonitor timescaleMonitor(ProcessTimescales timescales, BankHolidays holidays) {
        return new TimescaleMonitor(timescales, new WorkingDayCalendar(holidays));
    }

    @Produces
    @Singleton
    AdopterIndicatorCalculator indicatorCalculator(IndicatorThresholds thresholds) {
        return new AdopterIndicatorCalculator(thresholds);
    }
}
