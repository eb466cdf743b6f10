package uk.raa.matching.service;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks matching's transactional service code: besides common's scope settings, PostgreSQL learns whether the
 * caller is agency staff (see {@link AgencyStaffScope}). Use together with {@code @TenantScoped}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AgencyStaffScoped {
}
