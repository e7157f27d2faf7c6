/**
 * Printing: well-formed XHTML to PDF (openhtmltopdf) with the platform's embedded Cyrillic fonts, for
 * every document the platform prints: decisions, interagency requests' print forms.
 */
package ru.reglament.printing;
