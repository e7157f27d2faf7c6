// Signing a decision with the CryptoPro CAdES browser plug-in: list the user's certificates, sign the
// decision PDF's bytes as a detached CAdES-BES signature and send it with the «Подписать» form. The
// plug-in's cadesplugin_api.js comes from the address configured for the workstation (never bundled).
(function () {
  const box = document.getElementById('cades');
  if (!box) return;
  const select = document.getElementById('cades-certificate');
  const button = document.getElementById('cades-sign');
  const missing = document.getElementById('cades-missing');
  const CAPICOM_CURRENT_USER_STORE = 2, CAPICOM_MY_STORE = 'My', CAPICOM_STORE_OPEN_MAXIMUM_ALLOWED = 2;
  const CADESCOM_CADES_BES = 1, CADESCOM_BASE64_TO_BINARY = 1;
  let certificates = [];

  function pluginMissing() {
    select.innerHTML = '';
    missing.classList.remove('d-none');
  }

  function loadCertificates() {
    return window.cadesplugin.then(function () {
      return window.cadesplugin.async_spawn(function* () {
        const store = yield window.cadesplugin.CreateObjectAsync('CAdESCOM.Store');
        yield store.Open(CAPICOM_CURRENT_USER_STORE, CAPICOM_MY_STORE, CAPICOM_STORE_OPEN_MAXIMUM_ALLOWED);
        const all = yield store.Certificates;
        const count = yield all.Count;
        const found = [];
        for (let i = 1; i <= count; i++) {
          const certificate = yield all.Item(i);
          const validTo = new Date(yield certificate.ValidToDate);
          if (validTo < new Date()) continue;
          found.push({ certificate: certificate, name: yield certificate.SubjectName, validTo: validTo });
        }
        yield store.Close();
        return found;
      });
    });
  }

  function sign(certificate, contentBase64) {
    return window.cadesplugin.async_spawn(function* () {
      const signer = yield window.cadesplugin.CreateObjectAsync('CAdESCOM.CPSigner');
      yield signer.propset_Certificate(certificate);
      const data = yield window.cadesplugin.CreateObjectAsync('CAdESCOM.CadesSignedData');
      // The PDF's bytes, not a UTF-16 string of them: base64 content decoded to binary before signing.
      yield data.propset_ContentEncoding(CADESCOM_BASE64_TO_BINARY);
      yield data.propset_Content(contentBase64);
      return yield data.SignCades(signer, CADESCOM_CADES_BES, true);
    });
  }

  function documentBase64() {
    return fetch(box.dataset.document, { credentials: 'same-origin' })
      .then(function (response) { return response.arrayBuffer(); })
      .then(function (buffer) {
        let binary = '';
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      });
  }

  const modal = box.closest('.modal');
  let started = false;
  modal.addEventListener('shown.bs.modal', function () {
    if (started) return;
    started = true;
    const script = document.createElement('script');
    script.src = box.dataset.pluginUrl;
    script.onerror = pluginMissing;
    script.onload = function () {
      if (!window.cadesplugin) { pluginMissing(); return; }
      loadCertificates().then(function (found) {
        certificates = found;
        select.innerHTML = '';
        found.forEach(function (c, i) {
          const option = document.createElement('option');
          option.value = String(i);
          option.textContent = c.name + ' (до ' + c.validTo.toLocaleDateString('ru-RU') + ')';
          select.appendChild(option);
        });
        select.disabled = found.length === 0;
        button.disabled = found.length === 0;
        if (found.length === 0) {
          const option = document.createElement('option');
          option.textContent = 'Действующих сертификатов не найдено';
          select.appendChild(option);
        }
      }, pluginMissing);
    };
    document.head.appendChild(script);
  });

  button.addEventListener('click', function () {
    const chosen = certificates[Number(select.value)];
    if (!chosen) return;
    button.disabled = true;
    documentBase64()
      .then(function (content) { return sign(chosen.certificate, content); })
      .then(function (signature) {
        document.getElementById('cades-signature').value = signature;
        box.closest('form').submit();
      }, function (error) {
        button.disabled = false;
        alert('Не удалось подписать: ' + (window.cadesplugin.getLastError ? window.cadesplugin.getLastError(error) : error));
      });
  });
})();
