// Précis page. Plain script, no dependencies: everything is built with DOM calls and
// textContent (never innerHTML), so that article text cannot inject markup.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var PAGE = 20, MAX_SENTENCES = 50;
  // Extensions the bucket summarises, with the content type sent to POST /articles
  // (the same table as precis upload).
  var TYPES = { ".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html",
    ".md": "text/markdown", ".markdown": "text/markdown" };

  // ---- API ----------------------------------------------------------------------------

  // ApiError carries the API's error code and message, for a person to act on.
  function ApiError(message, code, status) {
    this.message = message; this.code = code || ""; this.status = status || 0;
  }
  ApiError.prototype = Object.create(Error.prototype);

  function api(method, path, body) {
    var init = { method: method, headers: { "Accept": "application/json" }, cache: "no-store" };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).catch(function () {
      throw new ApiError("The API does not answer at " + location.origin +
        ": is precis local (or precis ui) still running?", "unreachable");
    }).then(function (resp) {
      return resp.text().then(function (text) {
        var doc = null;
        try { doc = JSON.parse(text); } catch (e) { /* reported below */ }
        if (!resp.ok) {
          var err = doc && doc.error;
          if (err && err.message) throw new ApiError(err.message + " (" + err.code + ")", err.code, resp.status);
          throw new ApiError("The API answered " + resp.status + " " + resp.statusText + " to " + method + " " + path, "http", resp.status);
        }
        if (doc === null) throw new ApiError("The API's answer to " + method + " " + path + " is not JSON", "bad_json", resp.status);
        return doc;
      });
    });
  }

  function showError(err) {
    $("error-text").textContent = (err && err.message) || String(err);
    $("error").hidden = false;
  }
  function clearError() { $("error").hidden = true; $("error-text").textContent = ""; }

  // ---- small DOM helpers --------------------------------------------------------------

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "class") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  // metaLine is "Publisher · by Author · 2022-12-19 · 1240 words · 6 min read".
  function metaLine(a) {
    var parts = [];
    if (a.publisher) parts.push(a.publisher);
    if (a.author) parts.push("by " + a.author);
    if (a.published) parts.push(a.published);
    if (a.word_count) parts.push(a.word_count + " words");
    if (a.reading_time_minutes) parts.push(a.reading_time_minutes + " min read");
    return parts.join(" · ");
  }
  function titleOf(a) { return a.title || (a.key ? a.key.split("/").pop() : a.id); }
  function badge(status) { return el("span", { "class": "badge state-" + status, text: status }); }

  // highlight fills parent with text, the ranges of each needle ({text, cls}) marked: where
  // ranges overlap, the mark carries both classes.
  function highlight(parent, text, needles) {
    var ranges = [];
    needles.forEach(function (n) {
      if (!n.text) return;
      var at = text.indexOf(n.text);
      if (at >= 0) ranges.push([at, at + n.text.length, n.cls]);
    });
    var cuts = [0, text.length];
    ranges.forEach(function (r) { cuts.push(r[0], r[1]); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1], part = text.slice(s, e);
      var cls = ranges.filter(function (r) { return r[0] <= s && e <= r[1]; }).map(function (r) { return r[2]; });
      parent.appendChild(cls.length ? el("mark", { "class": cls.join(" "), text: part }) : document.createTextNode(part));
    }
  }

  // ---- the list -----------------------------------------------------------------------

  var list = { cursors: [""], page: 0, gen: 0 };
  var watching = {}; // id → true while a pending article is polled

  function loadList() {
    var gen = ++list.gen, cursor = list.cursors[list.page];
    var path = "summaries?limit=" + PAGE + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "");
    $("articles").setAttribute("aria-busy", "true");
    return api("GET", path).then(function (doc) {
      if (gen !== list.gen) return;
      var ul = $("articles");
      clear(ul);
      $("list-empty").hidden = doc.items.length > 0 || list.page > 0;
      doc.items.forEach(function (it) { ul.appendChild(articleItem(it)); });
      list.cursors[list.page + 1] = doc.next_cursor || "";
      $("older").hidden = !doc.next_cursor;
      $("newer").hidden = list.page === 0;
      details(doc.items.map(function (it) { return it.id; }), gen);
    }).catch(showError).then(function () { $("articles").setAttribute("aria-busy", "false"); });
  }

  function articleItem(it) {
    var li = el("li", { "data-id": it.id, "data-status": it.status }, [
      el("a", { href: "#/a/" + it.id, text: titleOf(it) }), " ", badge(it.status),
      el("p", { "class": "meta" })
    ]);
    return li;
  }

  // details fills in each listed article's metadata (the listing carries the title and
  // status only), a few requests at a time, and keeps polling the pending ones.
  function details(ids, gen) {
    var queue = ids.slice();
    function next() {
      if (gen !== list.gen || !queue.length) return Promise.resolve();
      var id = queue.shift();
      return api("GET", "summaries/" + id + "?sentences=1").then(function (a) {
        updateItem(a);
        if (a.status === "pending") watch(a.id);
      }, function () { /* the row keeps what the listing said */ }).then(next);
    }
    for (var i = 0; i < 3; i++) next();
  }

  function updateItem(a) {
    var li = document.querySelector('#articles li[data-id="' + a.id + '"]');
    if (!li) return;
    var fresh = articleItem(a);
    fresh.querySelector(".meta").textContent = a.status === "failed" ? a.reason || "" : metaLine(a);
    li.replaceWith(fresh);
  }

  // watch polls a pending article politely (every few seconds, slower as it waits, paused
  // while the page is hidden) until it is done or failed.
  function watch(id) {
    if (watching[id]) return;
    watching[id] = true;
    var delay = 2000;
    (function poll() {
      sleep(delay).then(function () {
        if (document.hidden) return null;
        return api("GET", "summaries/" + id + "?sentences=1");
      }).then(function (a) {
        if (a) updateItem(a);
        if (a && a.status !== "pending") { delete watching[id]; return; }
        delay = Math.min(delay * 1.5, 15000);
        poll();
      }, function () { delay = 15000; poll(); });
    })();
  }

  $("older").addEventListener("click", function () { list.page++; loadList(); });
  $("newer").addEventListener("click", function () { list.page = Math.max(0, list.page - 1); loadList(); });

  // ---- uploads ------------------------------------------------------------------------

  function extOf(name) { var i = name.lastIndexOf("."); return i > 0 ? name.slice(i).toLowerCase() : ""; }

  function uploadFiles(files) {
    clearError();
    Array.prototype.forEach.call(files, uploadOne);
  }

  function uploadOne(file) {
    var bar = el("progress", { max: "100", value: "0", "aria-label": "Upload of " + file.name });
    var state = el("span", { "class": "state" });
    var li = el("li", { "data-file": file.name, "data-state": "checking" }, [el("span", { "class": "name", text: file.name }), state, bar]);
    $("uploads").appendChild(li);
    function set(s, text, link) {
      li.setAttribute("data-state", s);
      state.className = "state state-" + s;
      clear(state);
      state.appendChild(document.createTextNode(text));
      if (link) state.appendChild(el("a", { href: "#/a/" + link, text: " Read it" }));
    }
    var ext = extOf(file.name), type = TYPES[ext] || (ext === "" ? "text/plain" : "");
    if (!type) {
      set("failed", "failed: only text (.txt), HTML (.html, .htm) and Markdown (.md) articles are summarised, not " + ext + " files");
      return;
    }
    if (file.size === 0) { set("failed", "failed: the file is empty"); return; }
    set("uploading", "uploading…");
    api("POST", "articles", { filename: file.name, content_type: type, size: file.size }).then(function (up) {
      return put(up, file, bar).then(function () { return up.id; });
    }).then(function (id) {
      bar.value = 100;
      set("pending", "uploaded; summarising…");
      return waitDone(id);
    }).then(function (a) {
      if (a.status === "done") set("done", "done: " + titleOf(a) + ".", a.id);
      else set("failed", "failed: " + (a.reason || "no reason given"), a.id);
      if (list.page === 0 && !$("list-view").hidden) loadList();
    }).catch(function (err) {
      set("failed", "failed: " + err.message);
    });
  }

  // put sends the file to the presigned URL, reporting progress on bar.
  function put(up, file, bar) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(up.method || "PUT", up.upload_url);
      Object.keys(up.headers || {}).forEach(function (h) {
        // The browser sets Content-Length itself (and refuses to be told it).
        if (h.toLowerCase() !== "content-length") xhr.setRequestHeader(h, up.headers[h]);
      });
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(99 * e.loaded / e.total); };
      xhr.onload = function () {
        if (xhr.status >= 200 && xhr.status < 300) return resolve();
        var msg = "the storage refused the upload (HTTP " + xhr.status + ")";
        // precis ui, which forwards uploads, says why in the API's error shape.
        try { msg = JSON.parse(xhr.responseText).error.message || msg; } catch (e) { /* S3's XML */ }
        reject(new ApiError(msg, "upload", xhr.status));
      };
      xhr.onerror = function () {
        reject(new ApiError("the upload to " + new URL(up.upload_url, location.href).origin + " failed (network or CORS)", "upload"));
      };
      xhr.send(file);
    });
  }

  // waitDone polls an uploaded article until it is done or failed.
  function waitDone(id) {
    var delay = 1000;
    function poll() {
      return api("GET", "summaries/" + id + "?sentences=1").catch(function (err) {
        // Not found yet: the upload's event may not have been processed.
        if (err.code === "not_found") return { status: "pending" };
        throw err;
      }).then(function (a) {
        if (a.status !== "pending") return a;
        delay = Math.min(delay * 1.5, 10000);
        return sleep(delay).then(poll);
      });
    }
    return poll();
  }

  var drop = $("drop");
  $("files").addEventListener("change", function (e) { uploadFiles(e.target.files); e.target.value = ""; });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { e.preventDefault(); uploadFiles(e.dataTransfer.files); });
  // A file dropped beside the zone would make the browser open it in place of the page.
  window.addEventListener("dragover", function (e) { e.preventDefault(); });
  window.addEventListener("drop", function (e) { e.preventDefault(); });

  // ---- one article --------------------------------------------------------------------

  var view = { id: "", gen: 0, timer: 0, text: null };

  function loadArticle(id, n) {
    var gen = ++view.gen;
    return api("GET", "summaries/" + id + "?sentences=" + n).then(function (a) {
      if (gen !== view.gen) return;
      renderArticle(a, n, gen);
      if (a.status === "pending") sleep(3000).then(function () { if (gen === view.gen) loadArticle(id, n); });
    }).catch(function (err) { if (gen === view.gen) showError(err); });
  }

  function renderArticle(a, n, gen) {
    document.title = titleOf(a) + " · Précis";
    $("a-title").textContent = titleOf(a);
    $("a-meta").textContent = metaLine(a);
    var st = { pending: "Being summarised; this page updates when it is done.", failed: "Failed: " + (a.reason || "no reason given") };
    $("a-status").textContent = st[a.status] || "";
    $("a-status").className = "status state-" + a.status;
    $("a-body").hidden = a.status !== "done";
    if (a.status !== "done") return;

    var quotes = a.quotes || [];
    var qNeedles = quotes.map(function (q) { return { text: q.text, cls: "hl-quote" }; });
    var ol = $("a-summary");
    clear(ol);
    (a.summary || []).forEach(function (s) {
      var li = el("li", { "data-sentence": String(s.sentence_index) });
      highlight(li, s.text, qNeedles);
      ol.appendChild(li);
    });
    // Fewer sentences than asked for: the article has no more.
    $("sentences").value = String(Math.min(n, MAX_SENTENCES));
    $("sentences-out").textContent = String((a.summary || []).length);

    var ul = $("a-quotes");
    clear(ul);
    $("a-noquotes").hidden = quotes.length > 0;
    quotes.forEach(function (q) {
      var who = q.speaker ? "— " + q.speaker : "— speaker unknown";
      ul.appendChild(el("li", { "class": q.partial ? "partial" : "full" }, [
        el("blockquote", {}, [el("p", { text: "“" + q.text + "”" })]),
        el("p", { "class": "who" }, [who, q.partial ? " " : "", q.partial ? el("span", { "class": "badge", text: "partial quote" }) : null])
      ]));
    });

    var kw = $("a-keywords");
    clear(kw);
    (a.keywords || []).forEach(function (k) { kw.appendChild(el("li", { text: k })); });

    renderText(a, gen, (a.summary || []).map(function (s) { return { text: s.text, cls: "hl-summary" }; }).concat(qNeedles));
  }

  // renderText shows the article's cleaned text (GET summaries/{id}/text, fetched once per
  // visit), its summary sentences and quotes marked in place. Without it, the section says why.
  function renderText(a, gen, needles) {
    if (view.text && view.text.id === a.id) { showText(view.text, needles); return; }
    api("GET", "summaries/" + a.id + "/text").then(function (t) {
      if (gen !== view.gen || t.status !== "done") return;
      view.text = t;
      showText(t, needles);
    }).catch(function (err) {
      if (gen !== view.gen) return;
      clear($("a-text"));
      $("a-text-note").textContent = "The text cannot be shown: " + err.message;
      $("a-text-section").hidden = false;
    });
  }

  function showText(t, needles) {
    var box = $("a-text");
    clear(box);
    t.text.split(/\n\s*\n/).forEach(function (para) {
      var p = el("p");
      highlight(p, para, needles);
      box.appendChild(p);
    });
    $("a-text-note").textContent = t.truncated ? "The text is long: only its beginning is shown." : "";
    $("a-text-section").hidden = false;
  }

  var slider = $("sentences");
  slider.addEventListener("input", function () {
    $("sentences-out").textContent = slider.value;
    clearTimeout(view.timer);
    // Re-sliced once the slider rests, not at every step of a drag.
    view.timer = setTimeout(function () {
      history.replaceState(null, "", "#/a/" + view.id + "?sentences=" + slider.value);
      loadArticle(view.id, Number(slider.value));
    }, 250);
  });

  // ---- routing ------------------------------------------------------------------------

  function route() {
    clearError();
    var m = /^#\/a\/([0-9a-f]{32})(?:\?sentences=(\d+))?$/.exec(location.hash);
    $("list-view").hidden = !!m;
    $("article-view").hidden = !m;
    if (m) {
      view.id = m[1];
      var n = Math.max(1, Math.min(MAX_SENTENCES, Number(m[2] || 3)));
      clear($("a-summary")); clear($("a-quotes")); clear($("a-keywords")); clear($("a-text"));
      view.text = null;
      $("a-text-section").hidden = true;
      $("a-title").textContent = "Loading…"; $("a-meta").textContent = ""; $("a-status").textContent = "";
      loadArticle(view.id, n);
    } else {
      view.gen++;
      document.title = "Précis";
      loadList();
    }
    $("main").focus();
  }
  $("error-close").addEventListener("click", clearError);
  window.addEventListener("hashchange", route);
  route();
})();
