/**
 * The administrators' audit trail: every change to organisations, services, employees, roles and
 * workstation addresses, with who made it, when, and the thing before and after (JSON).
 */
package ru.reglament.audit;
