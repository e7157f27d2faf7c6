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
  // Pop-up messages: a result disappears by itself after a while, an error stays until closed.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.toast[data-autohide]').forEach(function (toast) {
      setTimeout(function () { toast.classList.remove('show'); }, Number(toast.dataset.autohide));
    });
    watchOpenCard();
  });
  // The open card asks now and then whether someone (a colleague, the platform) changed it or added to
  // its history; if so a pop-up says what it is now, or what happened, and offers to reload.
  function watchOpenCard() {
    const card = document.getElementById('card');
    if (!card || !card.dataset.pollSeconds) return;
    const shown = card.dataset.version;
    const shownLine = card.dataset.line;
    const timer = setInterval(function () {
      fetch(card.dataset.versionUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (now) {
          if (!now) return;
          const changed = String(now.version) !== shown;
          if (!changed && String(now.line) === shownLine) return;
          clearInterval(timer);
          const toast = document.getElementById('card-changed-toast').content.firstElementChild.cloneNode(true);
          toast.querySelector('.card-changed-text').textContent = changed
            ? card.dataset.changedText + ' «' + now.status + '».'
            : card.dataset.notedText + ' «' + now.label + '».';
          toast.querySelector('.card-changed-reload').href = location.pathname + location.search;
          document.getElementById('toasts').appendChild(toast);
        })
        .catch(function () { });
    }, Number(card.dataset.pollSeconds) * 1000);
  }
  // The directory import's upload progress (the page's policy allows no inline script).
  document.addEventListener('htmx:xhr:progress', function (event) {
    const box = document.getElementById('import-progress');
    if (!box || !event.detail.lengthComputable) return;
    const percent = Math.round(event.detail.loaded * 100 / event.detail.total);
    box.classList.remove('d-none');
    box.setAttribute('aria-valuenow', String(percent));
    box.querySelector('.progress-bar').style.width = percent + '%';
  });
  // Once the upload has been answered the bar goes away, ready for the next file.
  document.addEventListener('htmx:afterRequest', function () {
    const box = document.getElementById('import-progress');
    if (!box) return;
    box.classList.add('d-none');
    box.setAttribute('aria-valuenow', '0');
    box.querySelector('.progress-bar').style.width = '0';
  });
})();
