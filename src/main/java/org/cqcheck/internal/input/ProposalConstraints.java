package org.cqcheck.internal.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.model.Field;
import org.cqcheck.model.Proposal;

/**
 * What the proposal format requires of the values of a proposal built in code: the checks that
 * the schema and the mapper make of a file, stated over the {@link Field} registry, with the same
 * messages. A file's proposal has passed them already; {@code ProposalConstraintsTest} checks that
 * each check here refuses what the file reader refuses.
 */
public final class ProposalConstraints {

  private ProposalConstraints() {}

  /** Every value of {@code proposal} the format does not allow, with its JSON pointer. */
  public static List<InputError> violations(Proposal proposal, LocalDate today) {
    List<InputError> errors = new ArrayList<>();
    if (proposal.id().isEmpty()) {
      errors.add(InputError.of(InputError.Kind.REQUIRED, Field.ID.pointer(), Field.ID.path()));
    }
    if (proposal.submittedOn().isAfter(today)) {
      errors.add(InputError.of(InputError.Kind.FUTURE_DATE, Field.SUBMITTED_ON.pointer(),
          Field.SUBMITTED_ON.path(), proposal.submittedOn().toString(), today.toString()));
    }
    // Field by field rather than through Field.of: checkAll validates every proposal, and one
    // call site for forty accessors cost 0.5 µs a proposal, a tenth of evaluating its rules.
    // FieldRegistryTest checks that every number of the registry is checked here.
    number(Field.INVESTMENT_TOTAL, proposal.investmentTotalYuan(), errors);
    Proposal.Annual annual = proposal.annual();
    number(Field.OUTPUT_VALUE, annual.outputValueYuan(), errors);
    number(Field.SALES_REVENUE, annual.salesRevenueYuan(), errors);
    number(Field.VALUE_ADDED, annual.valueAddedYuan(), errors);
    number(Field.EMPLOYEES, annual.employees(), errors);
    number(Field.RD_EXPENDITURE, annual.rdExpenditureYuan(), errors);
    number(Field.ENERGY_CONSUMPTION, annual.energyConsumptionTce(), errors);
    number(Field.ELECTRICITY, annual.electricityKwh(), errors);
    number(Field.NATURAL_GAS, annual.naturalGasM3(), errors);
    number(Field.NEW_PRODUCT_OUTPUT_VALUE, annual.newProductOutputValueYuan(), errors);
    Proposal.Finance finance = proposal.finance();
    number(Field.NET_PROFIT, finance.netProfitYuan(), errors);
    number(Field.NET_ASSETS, finance.netAssetsYuan(), errors);
    number(Field.TOTAL_PROFIT, finance.totalProfitYuan(), errors);
    number(Field.TAXES, finance.taxesYuan(), errors);
    number(Field.INTEREST, finance.interestYuan(), errors);
    number(Field.TOTAL_ASSETS, finance.totalAssetsYuan(), errors);
    number(Field.BASELINE_ENERGY_CONSUMPTION, proposal.baseline().energyConsumptionTce(), errors);
    number(Field.BASELINE_VALUE_ADDED, proposal.baseline().valueAddedYuan(), errors);
    number(Field.LOCAL_COMPONENT_RATE, proposal.supply().localComponentRate(), errors);
    number(Field.LOCAL_MATERIAL_RATE, proposal.supply().localMaterialRate(), errors);
    Proposal.Quality quality = proposal.quality();
    number(Field.FIRST_GRADE_PRODUCT_SHARE, quality.firstGradeProductShare(), errors);
    number(Field.QUALITY_LOSS_RATE, quality.qualityLossRate(), errors);
    number(Field.BRANDED_SALES_SHARE, quality.brandedSalesShare(), errors);
    number(Field.NEW_CAPACITY, proposal.capacity().newCapacity(), errors);
    number(Field.REPLACED_CAPACITY, proposal.capacity().replacedCapacity(), errors);
    if ((proposal.capacity().newCapacity() != null || proposal.capacity().replacedCapacity() != null)
        && (proposal.capacity().unit() == null || proposal.capacity().unit().isBlank())) {
      errors.add(InputError.of(InputError.Kind.CAPACITY_UNIT_MISSING,
          Field.CAPACITY_UNIT.pointer()));
    }
    return errors;
  }

  private static void number(Field field, BigDecimal value, List<InputError> errors) {
    if (value == null) {
      return;
    }
    if (!Quantity.inRange(value)) {
      errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, field.pointer(), field.path()));
    } else if (value.signum() < 0 && !field.kind().mayBeNegative()) {
      errors.add(InputError.of(InputError.Kind.NEGATIVE, field.pointer(), field.path(),
          value.toPlainString()));
    } else if (field.kind() == Field.Kind.RATE && value.compareTo(BigDecimal.ONE) > 0) {
      BigDecimal v = value.stripTrailingZeros();
      errors.add(InputError.of(InputError.Kind.RATE_ABOVE_ONE, field.pointer(), field.path(),
          v.toPlainString(), v.movePointLeft(2).toPlainString(), v.toPlainString() + "%"));
    } else if (field.kind() == Field.Kind.PERSONS && value.stripTrailingZeros().scale() > 0) {
      errors.add(InputError.of(InputError.Kind.NOT_WHOLE, field.pointer(), field.path(),
          value.toPlainString()));
    }
  }
}
