/**
 * The database as the application sees it: the two data sources (the application's role and the
 * schema owner's), the schema migration that runs at deployment, before any service is used, how a scheduled job
 * logs the database's absence, and the answer every feature gives when someone else saved the same record first.
 *
 * <p>Depends on {@code message}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.persistence;
