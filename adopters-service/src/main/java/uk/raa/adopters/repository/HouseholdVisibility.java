package uk.raa.adopters.repository;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks transactional service code that touches household tables: tells PostgreSQL, for the transaction, whether
 * the caller is agency staff (sees the whole household) or a council (sees only linked match profiles). Use together
 * with common's {@code @TenantScoped}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface HouseholdVisibility {
}
