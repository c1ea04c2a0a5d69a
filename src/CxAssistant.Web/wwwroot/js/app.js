// CxAssistant web UI behaviour: drag-and-drop upload, job progress and chat over server-sent events, map highlighting.
// Customer text is only ever inserted with textContent, never as HTML.
(function () {
  "use strict";

  function initDropzone(zone) {
    const input = zone.querySelector("input[type=file]");
    const list = zone.querySelector("[data-file-list]");
    const show = () => { list.textContent = Array.from(input.files).map(f => f.name).join(", "); };
    ["dragenter", "dragover"].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.add("over"); }));
    ["dragleave", "drop"].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.remove("over"); }));
    zone.addEventListener("drop", e => { input.files = e.dataTransfer.files; show(); });
    input.addEventListener("change", show);
  }

  function initJob(box) {
    const bar = box.querySelector("progress");
    const stage = box.querySelector("[data-stage]");
    const source = new EventSource(box.dataset.jobEvents);
    source.addEventListener("progress", e => {
      const p = JSON.parse(e.data);
      stage.textContent = p.total > 0 ? `${p.stage} (${p.done} of ${p.total})` : p.stage;
      if (p.total > 0) { bar.max = p.total; bar.value = p.done; } else { bar.removeAttribute("value"); }
    });
    source.addEventListener("done", e => {
      source.close();
      const d = JSON.parse(e.data);
      stage.textContent = d.message;
      box.dataset.status = d.status;
      // Reload so the page shows the new sources or results (the finished job is rendered server-side).
      window.location.reload();
    });
    source.onerror = () => { source.close(); stage.textContent = "Lost the connection to the server; reload the page to see where the job is."; };
  }

  function initChat(panel) {
    const form = panel.querySelector("form");
    const input = form.querySelector("input[name=q]");
    const log = panel.querySelector(".log");
    const base = panel.dataset.chatStream;
    const recordBase = panel.dataset.recordBase;
    // One conversation per panel: the server keeps its context, so "and why?" follows the previous answer.
    // (getRandomValues, not randomUUID: the latter needs a secure context, and the UI may be served over plain http.)
    const conversation = Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, "0")).join("");
    form.addEventListener("submit", e => {
      e.preventDefault();
      const question = input.value.trim();
      if (!question) return;
      input.value = "";
      const q = document.createElement("div"); q.className = "q"; q.textContent = question;
      const a = document.createElement("div"); a.className = "a"; a.setAttribute("aria-live", "polite");
      log.append(q, a);
      const button = form.querySelector("button"); button.disabled = true;
      const source = new EventSource(`${base}?q=${encodeURIComponent(question)}&c=${conversation}`);
      source.addEventListener("text", ev => { a.append(document.createTextNode(JSON.parse(ev.data).text)); log.scrollTop = log.scrollHeight; });
      source.addEventListener("citation", ev => {
        const c = JSON.parse(ev.data);
        if (!/^[A-Za-z0-9_-]+$/.test(c.evidenceId || "")) return;
        const link = document.createElement("a");
        link.className = "cite"; link.href = `${recordBase}/${c.evidenceId}`; link.textContent = c.text;
        a.append(link);
      });
      const end = () => { source.close(); button.disabled = false; a.dataset.done = "true"; };
      source.addEventListener("done", end);
      source.onerror = () => { if (a.dataset.done !== "true") a.append(document.createTextNode(" (connection lost)")); end(); };
    });
  }

  function initMap(svg) {
    const edges = Array.from(svg.querySelectorAll(".edge"));
    svg.querySelectorAll("a[data-node]").forEach(node => {
      const id = node.dataset.node;
      const on = () => edges.forEach(l => {
        const hit = l.dataset.from === id || l.dataset.to === id;
        l.classList.toggle("hot", hit); l.classList.toggle("dim", !hit);
      });
      const off = () => edges.forEach(l => l.classList.remove("hot", "dim"));
      node.addEventListener("mouseenter", on); node.addEventListener("focus", on);
      node.addEventListener("mouseleave", off); node.addEventListener("blur", off);
    });
  }

  document.querySelectorAll("[data-dropzone]").forEach(initDropzone);
  document.querySelectorAll("[data-job-events]").forEach(initJob);
  document.querySelectorAll("[data-chat-stream]").forEach(initChat);
  document.querySelectorAll("svg[data-map]").forEach(initMap);
})();
