/**
 * The tenancy contract shared by every clinic-owned entity: the discriminator column and the
 * persistence-context property that carries the caller's clinic. Enforcement lives in portal-ejb.
 */
package org.clinicportal.tenancy;
