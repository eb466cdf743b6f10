package uk.raa.adopters.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * Bank holidays by calendar year. A year is either fully loaded or not covered at all, so a
 * working-day calculation in an uncovered year fails loudly instead of silently treating the
 * year as having no holidays.
 */
public final class BankHolidays {

    private final SortedMap<Integer, NavigableSet<LocalDate>> byYear;

    private BankHolidays(SortedMap<Integer, NavigableSet<LocalDate>> byYear) {
        this.byYear = byYear;
    }

    /** Holidays for the given years; every date must fall in its key's year. An empty set is allowed. */
    public static BankHolidays of(Map<Integer, ? extends Set<LocalDate>> holidaysByYear) {
        DomainRuleViolation.require(holidaysByYear, "bankHolidays");
        SortedMap<Integer, NavigableSet<LocalDate>> copy = new TreeMap<>();
        holidaysByYear.forEach((year, dates) -> {
            DomainRuleViolation.require(year, "bankHolidays.year");
            DomainRuleViolation.require(dates, "bankHolidays[" + year + "]");
            NavigableSet<LocalDate> sorted = new TreeSet<>();
            for (LocalDate date : dates) {
                DomainRuleViolation.require(date, "bankHolidays[" + year + "]");
                if (date.getYear() != year) {
                    throw new DomainRuleViolation("bankHolidays[" + year + "]", "YEAR_MISMATCH",
                            "contains a date outside that year");
                }
                sorted.add(date);
            }
            copy.put(year, Collections.unmodifiableNavigableSet(sorted));
        });
        return new BankHolidays(Collections.unmodifiableSortedMap(copy));
    }

    /**
     * Reads one ISO date (yyyy-MM-dd) per line; blank lines and text after '#' are ignored.
     * Every year that has at least one date becomes a covered year; {@code coveredYears} adds
     * years that are covered but have no holidays listed.
     */
    public static BankHolidays parse(Reader source, Set<Integer> coveredYears) {
        Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
        for (Integer year : coveredYears) {
            byYear.put(year, new TreeSet<>());
        }
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                int hash = line.indexOf('#');
                String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (text.isEmpty()) {
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new DomainRuleViolation("bankHolidays.line[" + lineNumber + "]", "DATE_FORMAT",
                            "is not an ISO date (yyyy-MM-dd)");
                }
                byYear.computeIfAbsent(date.getYear(), y -> new TreeSet<>()).add(date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(byYear);
    }

    /** The England and Wales bank holidays 2018-2027 as published on gov.uk, including the one-off 2020, 2022 and 2023 changes. */
    public static BankHolidays englandAndWales() {
        Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
        add(byYear, 2018, "01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26");
        add(byYear, 2019, "01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26");
        // 2020: early May holiday moved to Friday 8 May (VE Day 75); Boxing Day (Sat) substituted on 28 Dec.
        add(byYear, 2020, "01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28");
        add(byYear, 2021, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28");
        // 2022: spring holiday moved to 2 June, Platinum Jubilee 3 June, State Funeral 19 September.
        add(byYear, 2022, "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27");
        // 2023: Coronation of King Charles III, 8 May.
        add(byYear, 2023, "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26");
        add(byYear, 2024, "01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26");
        add(byYear, 2025, "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26");
        add(byYear, 2026, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28");
        add(byYear, 2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28");
        return of(byYear);
    }

    private static void add(Map<Integer, Set<LocalDate>> byYear, int year, String... monthDays) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String monthDay : monthDays) {
            dates.add(LocalDate.parse(year + "-" + monthDay));
        }
        byYear.put(year, dates);
    }

    /** A copy with {@code year}'s dates replaced (or added), e.g. when a one-off holiday is announced. */
    public BankHolidays withYear(int year, Set<LocalDate> dates) {
        Map<Integer, Set<LocalDate>> copy = new TreeMap<>(byYear);
        copy.put(year, dates);
        return of(copy);
    }

    public boolean covers(int year) {
        return byYear.containsKey(year);
    }

    /** @throws DomainRuleViolation with rule {@code BANK_HOLIDAYS_NOT_LOADED} when the year is not covered */
    public boolean isBankHoliday(LocalDate date) {
        NavigableSet<LocalDate> dates = byYear.get(date.getYear());
        if (dates == null) {
            throw new DomainRuleViolation("bankHolidays", "BANK_HOLIDAYS_NOT_LOADED",
                    "no bank holiday data for year " + date.getYear());
        }
        return dates.contains(date);
    }

    public Set<Integer> years() {
        return byYear.keySet();
    }

    public NavigableSet<LocalDate> inYear(int year) {
        NavigableSet<LocalDate> dates = byYear.get(year);
        return dates == null ? Collections.emptyNavigableSet() : dates;
    }
}
