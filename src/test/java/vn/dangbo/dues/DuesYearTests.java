package vn.dangbo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;
import vn.dangbo.members.StatusChange;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSet;
import vn.dangbo.shared.RefusedException;

/**
 * The dues of a month and of a year as the aggregate judges them, with no Spring and no database.
 * The rule values are those of the migration (V45), read from it; the regional minimum wage is
 * region IV's 3,700,000 VND; today is 15/11/2026 unless a case says otherwise.
 */
class DuesYearTests {

  private static final RuleSet RULES = RuleSet.of(rulesOfTheMigration());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
  private static final long WAGE = 3_700_000;
  private static final LocalDate ADMITTED = LocalDate.of(2000, 5, 10);

  @ParameterizedTest(name = "{0} {1}, born {2}, declared {3}, in {4}: {5} VND")
  @CsvSource(
      nullValues = "-",
      value = {
        // 1 % of the insured salary, rounded to the nearest 1,000 VND
        "INSURED_SALARY, MALE, 1990-01-01, 8450000, 2026-03, 85000",
        "INSURED_SALARY, MALE, 1990-01-01, 8449000, 2026-03, 84000",
        "INSURANCE_ALLOWANCE, FEMALE, 1995-01-01, 6000000, 2026-03, 60000",
        // 0.5 % of a pension
        "PENSION, MALE, 1950-01-01, 7300000, 2026-03, 37000",
        "STUDENT, FEMALE, 2005-01-01, -, 2026-03, 5000",
        "SOCIAL_PENSION, MALE, 1940-01-01, -, 2026-03, 0",
        // 0.3 % of 3,700,000 = 11,100 below the retirement age, 0.2 % = 7,400 at or above it
        "OTHER, MALE, 1980-01-01, -, 2026-03, 11000",
        "OTHER, FEMALE, 1960-01-01, -, 2026-03, 7000",
        // from 2028: 0.5 % and 0.3 %
        "OTHER, MALE, 1980-01-01, -, 2028-01, 19000",
        "OTHER, FEMALE, 1960-01-01, -, 2028-01, 11000",
        "OTHER, MALE, 1980-01-01, -, 2027-12, 11000"
      })
  void theAmountDueFollowsTheKindOfIncomeAndTheRatesOfTheMonth(
      IncomeKind kind, Sex sex, LocalDate born, Long declared, YearMonth month, long due) {
    var basis = new DuesBasis(YearMonth.of(2026, 2), kind, declared, 0);

    assertThat(DuesRates.full(basis, sex, born, month.atDay(1), WAGE, RULES)).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} born {1}, on {2}: retired {3}")
  @CsvSource({
    // men: 61 years 6 months in 2026, 61 years 9 months in 2027
    "MALE, 1964-09-01, 2026-03-01, true", // 61y6m
    "MALE, 1964-09-02, 2026-03-01, false", // a day short
    "MALE, 1965-06-01, 2027-03-01, true", // 61y9m
    "MALE, 1965-07-01, 2027-03-01, false",
    // women: 57 years in 2026
    "FEMALE, 1969-03-01, 2026-03-01, true",
    "FEMALE, 1969-03-02, 2026-03-01, false"
  })
  void theRetirementAgeFollowsTheLabourCodeRoadmap(
      Sex sex, LocalDate born, LocalDate day, boolean retired) {
    assertThat(DuesRates.retired(sex, born, day, RULES)).isEqualTo(retired);
  }

  @Test
  void fiftyYearsOfPartyAgeReachedMidYearExemptFromTheNextMonth() {
    var member = member(Sex.MALE, LocalDate.of(1950, 1, 1), LocalDate.of(1976, 6, 10));

    var year = DuesYear.of(member, 2026, List.of(), List.of(), List.of(), wages(), RULES, TODAY);

    assertThat(year.month(YearMonth.of(2026, 6)).status()).isEqualTo(MonthStatus.UNPAID);
    assertThat(year.month(YearMonth.of(2026, 6)).due()).isEqualTo(7000);
    assertThat(year.month(YearMonth.of(2026, 7)).status()).isEqualTo(MonthStatus.EXEMPT);
    assertThat(year.month(YearMonth.of(2026, 7)).note()).isEqualTo("partyAge");
    assertThat(year.month(YearMonth.of(2026, 12)).status()).isEqualTo(MonthStatus.EXEMPT);
  }

  @Test
  void aReductionCoversItsMonthsAndEndsAfterThem() {
    var member = member(Sex.MALE, LocalDate.of(1980, 1, 1), ADMITTED);
    var half =
        new Relief(
            1,
            50,
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 8),
            "12-QĐ/ĐU",
            LocalDate.of(2026, 2, 20),
            "Đảng ủy xã",
            "Nhà bị lũ cuốn");

    var year =
        DuesYear.of(member, 2026, List.of(), List.of(half), List.of(), wages(), RULES, TODAY);

    assertThat(year.month(YearMonth.of(2026, 2)).due()).isEqualTo(11000);
    assertThat(year.month(YearMonth.of(2026, 3)).due()).isEqualTo(6000); // 5,550 rounded
    assertThat(year.month(YearMonth.of(2026, 8)).due()).isEqualTo(6000);
    assertThat(year.month(YearMonth.of(2026, 8)).note()).isEqualTo("12-QĐ/ĐU");
    assertThat(year.month(YearMonth.of(2026, 9)).due()).isEqualTo(11000);
  }

  @Test
  void monthsAwayMayBePaidLaterAndAreNotUnpaid() {
    var away =
        new StatusChange(
            ChangeKind.STATUS,
            MemberStatus.OFFICIAL,
            MemberStatus.TEMPORARILY_EXEMPTED,
            10,
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 9, 30),
            null,
            "Đi làm ăn xa",
            "t",
            null);
    var back =
        new StatusChange(
            ChangeKind.STATUS,
            MemberStatus.TEMPORARILY_EXEMPTED,
            MemberStatus.OFFICIAL,
            10,
            LocalDate.of(2026, 10, 1),
            null,
            null,
            null,
            "t",
            null);
    var member = member(Sex.MALE, LocalDate.of(1995, 1, 1), ADMITTED, away, back);
    var paidAhead =
        new Payment(
            1,
            YearMonth.of(2026, 5),
            11000,
            PaymentMethod.CASH,
            null,
            "Vợ: Lò Thị Hoa",
            LocalDate.of(2026, 3, 25),
            "bithu");

    var year =
        DuesYear.of(member, 2026, List.of(), List.of(), List.of(paidAhead), wages(), RULES, TODAY);

    assertThat(year.month(YearMonth.of(2026, 4)).status()).isEqualTo(MonthStatus.DEFERRED);
    assertThat(year.month(YearMonth.of(2026, 5)).status()).isEqualTo(MonthStatus.PAID);
    assertThat(year.month(YearMonth.of(2026, 9)).status()).isEqualTo(MonthStatus.DEFERRED);
    assertThat(year.month(YearMonth.of(2026, 10)).status()).isEqualTo(MonthStatus.UNPAID);
    assertThat(year.month(YearMonth.of(2026, 11)).status()).isEqualTo(MonthStatus.DUE);
    assertThat(year.month(YearMonth.of(2026, 12)).status()).isEqualTo(MonthStatus.FUTURE);
    // February, March and October unpaid; the months away do not count
    assertThat(year.unpaidMonths()).isEqualTo(3);
    assertThat(year.removalDue()).isTrue();
  }

  @ParameterizedTest(name = "paid {0}, {1}, {2} unpaid: alert {3}, removal {4}")
  @CsvSource({
    "'2,3,4,5,6,7,8,9,10', 0, true, false",
    "'2,3,4,5,6,7,8,9', 1, false, false",
    "'3,4,5,6,7,8,9', 2, true, false",
    "'4,5,6,7,8,9', 3, true, true"
  })
  void countsTheEndedMonthsWithNothingPaid(
      String paidMonths, int unpaid, boolean alert, boolean removal) {
    var member = member(Sex.FEMALE, LocalDate.of(1990, 1, 1), ADMITTED);
    var payments = new ArrayList<Payment>();
    for (var m : paidMonths.split(",")) {
      payments.add(
          new Payment(
              0,
              YearMonth.of(2026, Integer.parseInt(m)),
              11000,
              PaymentMethod.CASH,
              null,
              null,
              TODAY,
              "bithu"));
    }

    var year = DuesYear.of(member, 2026, List.of(), List.of(), payments, wages(), RULES, TODAY);

    assertThat(year.month(YearMonth.of(2026, 1)).status()).isEqualTo(MonthStatus.BEFORE_LEDGER);
    assertThat(year.unpaidMonths()).isEqualTo(unpaid);
    assertThat(year.alert()).isEqualTo(unpaid >= 2);
    assertThat(year.removalDue()).isEqualTo(removal);
  }

  @ParameterizedTest(name = "{0} {1} by {2} ref {3} on {4}: {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2026-10, -, CASH, -, 2026-11-15, 11000",
        "2026-10, 20000, CASH, -, 2026-11-15, 20000", // more than due, of the member's own will
        "2027-01, -, CASH, -, 2026-11-15, dues.refused.month", // another year's ledger
        "2026-01, -, CASH, -, 2026-11-15, dues.refused.notHere", // before the ledger
        "2026-10, 0, CASH, -, 2026-11-15, dues.refused.amount",
        "2026-10, -, PORTAL, -, 2026-11-15, dues.refused.reference",
        "2026-10, -, PORTAL, DVC-2026-0001, 2026-11-15, 11000",
        "2026-10, -, CASH, -, 2026-11-16, dues.refused.paidOn",
        "2026-09, -, CASH, -, 2026-11-15, dues.refused.alreadyPaid"
      })
  void aPaymentIsCheckedAgainstItsMonth(
      YearMonth month,
      Long amount,
      PaymentMethod method,
      String reference,
      LocalDate on,
      String expected) {
    var member = member(Sex.FEMALE, LocalDate.of(1990, 1, 1), ADMITTED);
    var september =
        new Payment(
            0, YearMonth.of(2026, 9), 11000, PaymentMethod.CASH, null, null, TODAY, "bithu");
    var year =
        DuesYear.of(member, 2026, List.of(), List.of(), List.of(september), wages(), RULES, TODAY);

    String outcome;
    try {
      outcome =
          String.valueOf(
              year.pay(month, amount, method, reference, null, on, TODAY, "bithu").amount());
    } catch (RefusedException refused) {
      outcome = refused.messageCode();
    }

    assertThat(outcome).isEqualTo(expected);
  }

  @Test
  void aDeclaredKindWithoutItsAmountIsRefused() {
    var basis = new DuesBasis(YearMonth.of(2026, 2), IncomeKind.PENSION, null, 0);

    var refusal =
        catchThrowableOfType(
            RefusedException.class,
            () ->
                DuesRates.full(
                    basis,
                    Sex.MALE,
                    LocalDate.of(1950, 1, 1),
                    LocalDate.of(2026, 3, 1),
                    WAGE,
                    RULES));

    assertThat(refusal.messageCode()).isEqualTo("dues.refused.declaredMissing");
  }

  private static DuesMember member(
      Sex sex, LocalDate born, LocalDate admitted, StatusChange... later) {
    var history = new ArrayList<StatusChange>();
    history.add(
        new StatusChange(
            ChangeKind.STATUS,
            null,
            MemberStatus.OFFICIAL,
            10,
            admitted,
            null,
            null,
            null,
            "t",
            null));
    history.addAll(List.of(later));
    return new DuesMember(7, "Giàng A Páo", sex, born, admitted, List.copyOf(history));
  }

  private static DuesYear.MinimumWages wages() {
    return (cell, day) -> WAGE;
  }

  /** The dues and retirement rows of the migration, parsed from its text. */
  private static List<Rule> rulesOfTheMigration() {
    String sql;
    try {
      sql = Files.readString(Path.of("src/main/resources/db/migration/V45__dues.sql"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var row =
        Pattern.compile("\\('([a-zA-Z.]+)', '(\\d{4}-\\d{2}-\\d{2})', '([0-9,]+)',\\s*'([^']*)'");
    var rules = new ArrayList<Rule>();
    var matcher = row.matcher(sql);
    while (matcher.find()) {
      rules.add(
          new Rule(
              RuleKey.fromKey(matcher.group(1)),
              LocalDate.parse(matcher.group(2)),
              matcher.group(3),
              matcher.group(4),
              true));
    }
    rules.add(
        new Rule(RuleKey.PROBATION_MONTHS, LocalDate.of(1930, 2, 3), "12", "Điều lệ Đảng", false));
    return rules;
  }
}
