package io.wascorecards.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A date of the API: ISO {@code YYYY-MM-DD}, four digits of year and no sign
 * ({@code LocalDate.parse} alone takes {@code +10000-01-01}), a day that exists. Text
 * rather than a {@code LocalDate}, so that a malformed one is refused naming its field;
 * {@code null} is valid ({@code @NotNull} says when one is required).
 */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface IsoDate {

	/** The message of {@code @NotNull} for a date that is required. */
	String REQUIRED = "is required (YYYY-MM-DD)";

	/**
	 * What is wrong, after the field's name.
	 * @return the message
	 */
	String message() default "is not a date YYYY-MM-DD: {value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a date, and quotes at most an excerpt of what is not one. */
	class Validator implements ConstraintValidator<IsoDate, String> {

		private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || (SHAPE.matcher(value).matches() && exists(value))) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", Excerpts.of(value));
			return false;
		}

		/** ISO_LOCAL_DATE resolves strictly: no February 30th. */
		private static boolean exists(String value) {
			try {
				LocalDate.parse(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
