// The left panel stays hidden or shown across pages, as the user left it.
(function () {
  const hidden = localStorage.getItem('reglament.panel-hidden') === 'true';
  document.body.classList.toggle('panel-hidden', hidden);
  document.addEventListener('click', function (event) {
    const toggle = event.target.closest('#panel-toggle');
    if (!toggle) return;
    const nowHidden = document.body.classList.toggle('panel-hidden');
    localStorage.setItem('reglament.panel-hidden', String(nowHidden));
    toggle.setAttribute('aria-expanded', String(!nowHidden));
  });
  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    if (header && token) event.detail.headers[header.content] = token.content;
  });
  // A session that expired mid-page: the server answers HX-Redirect to the login page; any other
  // 401 still goes there rather than leaving the page silently broken.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr.status === 401 && !event.detail.xhr.getResponseHeader('HX-Redirect')) {
      window.location.href = '/login?continue=' + encodeURIComponent(location.pathname + location.search);
    }
  });
  // The directory import's upload progress (the page's policy allows no inline script).
  document.addEventListener('htmx:xhr:progress', function (event) {
    const box = document.getElementById('import-progress');
    if (!box || !event.detail.lengthComputable) return;
    const percent = Math.round(event.detail.loaded * 100 / event.detail.total);
    box.classList.remove('d-none');
    box.setAttribute('aria-valuenow', String(percent));
    box.querySelector('.progress-bar').style.width = percent + '%';
  });
})();
