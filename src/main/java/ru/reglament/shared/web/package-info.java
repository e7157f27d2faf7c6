/**
 * How every module answers over HTTP when something goes wrong: RFC 9457 problem+json on the API, a
 * plain page in the browser, one correlation id per server error. Other modules use {@link
 * ru.reglament.shared.web.Problems} (e.g. the security chain's 401 and 403).
 */
@org.springframework.modulith.NamedInterface("web")
package ru.reglament.shared.web;
