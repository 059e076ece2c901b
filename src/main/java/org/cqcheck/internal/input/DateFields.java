package org.cqcheck.internal.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cqcheck.input.InputError;

/**
 * The date fields of both input formats (a proposal's submittedOn, an indicator report's
 * publishedOn): apart from either mapper, so that reading a report does not load the proposal's
 * field model.
 */
final class DateFields {

  private DateFields() {}

  /**
   * {@code value} as a date of the calendar not after {@code today}, or null with the error added
   * to {@code errors}.
   */
  static LocalDate notAfter(LocalDate today, String value, String pointer, String field,
      List<InputError> errors) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      // The schema's pattern let it through: the form is right and the day does not exist.
      errors.add(InputError.of(value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
          ? InputError.Kind.NO_SUCH_DAY : InputError.Kind.BAD_DATE, pointer, field, value));
      return null;
    }
    if (date.isAfter(today)) {
      errors.add(InputError.of(InputError.Kind.FUTURE_DATE, pointer, field, value,
          today.toString()));
      return null;
    }
    return date;
  }
}
