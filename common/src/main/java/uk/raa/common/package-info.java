/**
 * Cross-cutting code shared by every service: tenancy, problem details, audit, paging, safe writes and the
 * event backbone. No domain entities live here.
 */
package uk.raa.common;
