package io.wascorecards.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.wascorecards.report.ReportFiles;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A phone_number_id the API may name a file or a query with: {@link ReportFiles#isSafeId}
 * is the one definition. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PhoneNumberId.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface PhoneNumberId {

	/**
	 * What is wrong, after the field's name.
	 * @return the message
	 */
	String message() default "is not a phone_number_id: {value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks an id, and quotes at most an excerpt of what is not one. */
	class Validator implements ConstraintValidator<PhoneNumberId, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || ReportFiles.isSafeId(value)) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", Excerpts.of(value));
			return false;
		}

	}

}
