/**
 * The platform administrator's work on the directory: regions, organisations (ОГРН checked), services
 * (term, fee, refusal grounds, the process they run) and who provides what, each change checked,
 * audited (who, when, before and after) and seen by every node's directory at once on this node and
 * within its refresh on the others.
 */
package ru.reglament.administration;
