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

  private static final List<Field> NUMBERS =
      java.util.Arrays.stream(Field.values()).filter(f -> f.kind().isNumber()).toList();

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
    for (Field field : NUMBERS) {
      if (field.of(proposal) instanceof BigDecimal value) {
        number(field, value, errors);
      }
    }
    if ((proposal.capacity().newCapacity() != null || proposal.capacity().replacedCapacity() != null)
        && (proposal.capacity().unit() == null || proposal.capacity().unit().isBlank())) {
      errors.add(InputError.of(InputError.Kind.CAPACITY_UNIT_MISSING,
          Field.CAPACITY_UNIT.pointer()));
    }
    return errors;
  }

  private static void number(Field field, BigDecimal value, List<InputError> errors) {
    String shown = value.toPlainString();
    if (!Quantity.inRange(value)) {
      errors.add(InputError.of(InputError.Kind.OUT_OF_RANGE, field.pointer(), field.path()));
    } else if (value.signum() < 0 && !field.kind().mayBeNegative()) {
      errors.add(InputError.of(InputError.Kind.NEGATIVE, field.pointer(), field.path(), shown));
    } else if (field.kind() == Field.Kind.RATE && value.compareTo(BigDecimal.ONE) > 0) {
      BigDecimal v = value.stripTrailingZeros();
      errors.add(InputError.of(InputError.Kind.RATE_ABOVE_ONE, field.pointer(), field.path(),
          v.toPlainString(), v.movePointLeft(2).toPlainString(), v.toPlainString() + "%"));
    } else if (field.kind() == Field.Kind.PERSONS && value.stripTrailingZeros().scale() > 0) {
      errors.add(InputError.of(InputError.Kind.NOT_WHOLE, field.pointer(), field.path(), shown));
    }
  }
}
