/* gwlint page.  Plain JS, no build step, no external resources.
   Everything that comes from a document is put into the page as text nodes
   (textContent / createTextNode / setAttribute), never parsed as HTML. */
"use strict";

(function () {
  const SEV = ["error", "warning", "info"];
  const SEV_LABEL = { error: "错误", warning: "警告", info: "提示" };
  const FAMILIES = [
    ["GW0", "文件读取"], ["GW1", "精简文件简报"], ["GW2", "精减会议活动"], ["GW3", "精减督查考核"],
    ["GW4", "一线工作法"], ["GW5", "文风"], ["GW7", "格式"], ["GW8", "语言文字"],
  ];
  const $ = (id) => document.getElementById(id);

  const state = {
    info: null,
    rules: null,         // code → rule doc
    source: null,        // {kind: "file", file} | {kind: "text", text, name}
    report: null,
    current: null,       // index of the selected finding
    sev: new Set(SEV),
    family: "all",
    busy: false,
  };

  // ------------------------------------------------------------ small DOM helpers
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function setStatus(text, isError) {
    const s = $("status");
    s.textContent = text;
    s.classList.toggle("error", !!isError);
  }

  function authHeaders() {
    const t = $("token").value.trim();
    return t ? { Authorization: "Bearer " + t } : {};
  }

  async function problem(resp) {
    let detail = "";
    try {
      const body = await resp.json();
      detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    } catch (e) { /* not JSON */ }
    if (resp.status === 401) {
      $("token-field").hidden = false;
      $("token").focus();
    }
    return detail || ("服务返回错误 " + resp.status);
  }

  // ------------------------------------------------------------ requests
  function requestFor(path, extra) {
    const params = new URLSearchParams(extra || {});
    const profile = $("profile").value;
    if (profile) params.set("profile", profile);
    const src = state.source;
    const init = { method: "POST", headers: authHeaders() };
    if (src.kind === "file") {
      const form = new FormData();
      form.append("file", src.file, src.file.name);
      init.body = form;
    } else {
      params.set("filename", src.name);
      init.body = new Blob([src.text], { type: "text/plain;charset=utf-8" });
      init.headers["Content-Type"] = "text/plain; charset=utf-8";
    }
    return [path + "?" + params.toString(), init];
  }

  function sourceName() {
    return state.source.kind === "file" ? state.source.file.name : state.source.name;
  }

  async function runCheck() {
    if (!state.source || state.busy) return;
    const max = state.info ? state.info.max_upload_bytes : 0;
    if (state.source.kind === "file" && max && state.source.file.size > max) {
      setStatus("文件超过 " + formatBytes(max) + " 上限，未予检查。请拆分文件后再试。", true);
      return;
    }
    await exchange("正在检查“" + sourceName() + "”……", "v1/check", null, async (resp) => {
      if (!resp.ok) {
        // the previous report belongs to another file: do not leave it on screen
        state.report = null;
        $("results").hidden = true;
        setStatus("未能检查：" + await problem(resp), true);
        return;
      }
      state.report = await resp.json();
      state.current = null;
      render();
      loadRules();
      const c = state.report.counts;
      const msg = state.report.error
        ? "文件无法读取，没有经过检查：" + state.report.error
        : (c.total ? "检查完成：共 " + c.total + " 个问题（错误 " + c.error + "、警告 " + c.warning + "、提示 " + c.info + "）。"
                   : "检查完成：没有发现问题。");
      const notes = state.report.notes || [];  // how the file was read (an encoding guessed): not findings
      setStatus(notes.length ? msg + "（说明：" + notes.join("；") + "）" : msg, !!state.report.error);
    });
  }

  // One request at a time: controls disabled, status announced, network failures reported.
  async function exchange(statusText, path, extra, handle) {
    if (!state.source || state.busy) return;
    state.busy = true;
    setBusy(true);
    setStatus(statusText);
    try {
      const [url, init] = requestFor(path, extra);
      await handle(await fetch(url, init));
    } catch (e) {
      setStatus("无法连接 gwlint 服务：" + e.message, true);
    } finally {
      state.busy = false;
      setBusy(false);
    }
  }

  function setBusy(on) {
    for (const id of ["paste-check", "dl-annotated", "dl-fixed"]) $(id).disabled = on;
    $("results").setAttribute("aria-busy", on ? "true" : "false");
  }

  async function download(path, tag, extra) {
    await exchange("正在生成" + tag + "……", path, extra, async (resp) => {
      if (!resp.ok) {
        setStatus("未能生成" + tag + "：" + await problem(resp), true);
        return;
      }
      const blob = await resp.blob();
      const name = dispositionName(resp.headers.get("Content-Disposition")) || sourceName();
      const href = URL.createObjectURL(blob);
      const a = el("a", { href, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60000);
      setStatus("已生成" + tag + "：" + name);
    });
  }

  function dispositionName(header) {
    if (!header) return "";
    const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) {
      try { return decodeURIComponent(star[1]); } catch (e) { /* fall through */ }
    }
    const plain = /filename="([^"]*)"/i.exec(header);
    return plain ? plain[1] : "";
  }

  function formatBytes(n) {
    return n >= 1048576 ? (n / 1048576).toFixed(n % 1048576 ? 1 : 0) + " MB" : Math.round(n / 1024) + " KB";
  }

  // ------------------------------------------------------------ findings
  function family(code) {
    return code.slice(0, 3);
  }

  function visible(f) {
    return state.sev.has(f.severity) && (state.family === "all" || family(f.code) === state.family);
  }

  function span(f, lines) {
    const line = f.location.line;
    if (!lines.length || line < 1 || line > lines.length) return null;
    const len = Array.from(lines[line - 1]).length;
    let s = Math.max(0, Math.min(f.location.column - 1, len));
    let e = f.end_location.line === line ? Math.max(s, Math.min(f.end_location.column - 1, len)) : len;
    return { line, s, e };
  }

  function suggestion(f, lines) {
    const fix = f.fix;
    if (!fix) return "";
    const edits = fix.edits && fix.edits.length ? fix.edits : [fix];
    const parts = edits.map((e) => {
      if (e.replacement && e.start === e.end) return "在此处加“" + e.replacement + "”";
      if (e.replacement) return "改为“" + e.replacement + "”";
      const text = lines[e.line - 1];
      return text ? "删除“" + Array.from(text).slice(e.start, e.end).join("") + "”" : "删除";
    });
    let out = fix.title ? fix.title + "：" + parts.join("；") : parts.join("；");
    if (fix.applicability === "unsafe") out += "（请确认）";
    return out;
  }

  function renderFindings() {
    const r = state.report;
    const box = $("findings");
    box.replaceChildren();
    const shown = r.findings.map((f, i) => [f, i]).filter(([f]) => visible(f));
    const none = $("no-findings");
    none.hidden = shown.length > 0;
    none.textContent = r.findings.length ? "当前筛选条件下没有问题。" : (r.error ? "文件无法读取。" : "没有发现问题。");
    for (const sev of SEV) {
      const ofSev = shown.filter(([f]) => f.severity === sev);
      if (!ofSev.length) continue;
      const group = el("section", { class: "sev-group", "aria-label": SEV_LABEL[sev] },
        el("h4", {}, el("span", { class: "pill " + sev, text: SEV_LABEL[sev] }), " " + ofSev.length + " 个"));
      const byCode = new Map();
      for (const item of ofSev) {
        const code = item[0].code;
        if (!byCode.has(code)) byCode.set(code, []);
        byCode.get(code).push(item);
      }
      for (const code of [...byCode.keys()].sort()) {
        const items = byCode.get(code);
        const list = el("ul", {});
        for (const [f, i] of items) list.append(findingItem(f, i, r.lines));
        group.append(el("div", { class: "rule-group" },
          el("h5", {}, el("span", { text: code }), ruleName(code, items[0][0].name),
            el("span", { class: "hint", text: "× " + items.length })),
          list));
      }
      box.append(group);
    }
  }

  // The rule's Chinese summary (from /v1/rules, fetched once); its identifier until then.
  function ruleName(code, name) {
    const doc = state.rules && state.rules[code];
    return el("span", { class: "rule-name", text: doc ? doc.label : name, title: doc ? doc.summary : null });
  }

  async function loadRules() {
    if (state.rules) return;
    try {
      const resp = await fetch("v1/rules", { headers: authHeaders() });
      if (!resp.ok) return;
      state.rules = {};
      for (const r of await resp.json()) state.rules[r.code] = r;
      if (state.report) renderFindings();
    } catch (e) { /* names stay as they are */ }
  }

  function findingItem(f, i, lines) {
    const sp = span(f, lines);
    const where = [];
    if (f.location.page) where.push("第 " + f.location.page + " 页");
    if (sp) where.push("第 " + sp.line + " 行");
    const more = el("div", { class: "more" });
    if (f.excerpt) more.append(el("p", {}, el("b", { text: "原文：" }), el("span", { class: "excerpt", text: f.excerpt })));
    const sug = suggestion(f, lines);
    if (sug) more.append(el("p", { class: "suggest" }, el("b", { text: "建议：" }), sug));
    if (f.basis) more.append(el("p", {}, el("b", { text: "依据：" }), f.basis));
    const main = el("button", {
      class: "finding-main", type: "button", "data-index": i,
      "aria-describedby": "more-" + i,
      onclick: () => select(i, { scrollDoc: true }),
    },
      el("span", { class: "where" }, el("span", { class: "pill " + f.severity, text: SEV_LABEL[f.severity] }),
        " " + f.code + (where.length ? " · " + where.join(" ") : "")),
      el("span", { class: "msg", text: f.message }));
    more.id = "more-" + i;
    return el("li", { class: "finding " + f.severity + (state.current === i ? " current" : ""), id: "finding-" + i },
      main, more);
  }

  // ------------------------------------------------------------ the document
  function renderDoc() {
    const r = state.report;
    const doc = $("doc");
    doc.replaceChildren();
    const byLine = new Map();
    r.findings.forEach((f, i) => {
      if (!visible(f)) return;
      const sp = span(f, r.lines);
      if (!sp) return;
      if (!byLine.has(sp.line)) byLine.set(sp.line, []);
      byLine.get(sp.line).push({ i, f, s: sp.s, e: sp.e });
    });
    const frag = document.createDocumentFragment();
    r.lines.forEach((text, k) => {
      const line = k + 1;
      const tx = el("span", { class: "tx" });
      paint(tx, Array.from(text), byLine.get(line) || []);
      frag.append(el("li", { id: "line-" + line, class: text ? null : "empty-line" },
        el("span", { class: "ln", "aria-hidden": "true", text: String(line) }), tx));
    });
    doc.append(frag);
  }

  function worst(items) {
    for (const s of SEV) if (items.some((x) => x.f.severity === s)) return s;
    return "info";
  }

  function markFor(items, text) {
    const ids = items.map((x) => x.i);
    const label = items.map((x) => "[" + x.f.code + "] " + x.f.message).join("\n");
    const m = el("mark", {
      class: worst(items) + (text ? "" : " point") + (ids.includes(state.current) ? " current" : ""),
      "data-ids": ids.join(" "), title: label,
      onclick: () => {
        const at = ids.indexOf(state.current);
        select(ids[(at + 1) % ids.length], { scrollList: true });
      },
    });
    if (text) m.textContent = text;
    return m;
  }

  // Cut a paragraph at every span boundary; each piece covered by findings becomes a <mark>.
  function paint(tx, chars, spans) {
    if (!spans.length) {
      tx.textContent = chars.join("");
      return;
    }
    const cuts = new Set([0, chars.length]);
    for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
    const pts = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k < pts.length; k++) {
      const pos = pts[k];
      const points = spans.filter((sp) => sp.s === sp.e && sp.s === pos);
      if (points.length) tx.append(markFor(points, ""));
      if (k + 1 >= pts.length) break;
      const end = pts[k + 1];
      const piece = chars.slice(pos, end).join("");
      const covering = spans.filter((sp) => sp.s < sp.e && sp.s <= pos && sp.e >= end);
      tx.append(covering.length ? markFor(covering, piece) : document.createTextNode(piece));
    }
  }

  function select(i, how) {
    state.current = i;
    document.querySelectorAll(".finding.current, mark.current").forEach((n) => n.classList.remove("current"));
    const item = $("finding-" + i);
    if (item) item.classList.add("current");
    const marks = [...document.querySelectorAll("mark[data-ids]")]
      .filter((m) => m.dataset.ids.split(" ").includes(String(i)));
    marks.forEach((m) => m.classList.add("current"));
    const f = state.report.findings[i];
    const smooth = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
    if (how.scrollDoc) {
      const sp = span(f, state.report.lines);
      const li = sp && $("line-" + sp.line);
      if (li) {
        (marks[0] || li).scrollIntoView({ behavior: smooth, block: "center" });
        li.classList.remove("flash");
        void li.offsetWidth;  // restart the animation
        li.classList.add("flash");
      }
    }
    if (how.scrollList && item) {
      item.scrollIntoView({ behavior: smooth, block: "nearest" });
      item.querySelector("button").focus({ preventScroll: true });
    }
  }

  // ------------------------------------------------------------ summary
  function renderSummary() {
    const r = state.report;
    $("file-name").textContent = r.path;
    const dl = $("structure");
    dl.replaceChildren();
    const st = r.structure;
    const rows = [];
    if (st) {
      // the wide rows first, then pairs (two per row on a wide screen)
      rows.push(["标题", st.title], ["主送", (st.recipients || []).join("；")],
        ["发文字号", st.doc_number], ["发文机关", st.issuer], ["文种", st.doc_type], ["成文日期", st.date],
        ["字数", st.char_count ? String(st.char_count) : ""]);
      if (st.measures) rows.push(["措施", st.measures + " 条"]);
    }
    for (const [k, v] of rows) {
      const wide = k === "标题" || k === "主送";
      dl.append(el("dt", { text: k }), el("dd", { text: v || "（未识别）", class: wide ? "wide" : null }));
    }
    const c = r.counts;
    const verdict = $("verdict");
    if (r.error) {
      verdict.className = "fail";
      verdict.textContent = "文件无法读取，没有经过检查";
    } else if (r.failed) {
      verdict.className = "fail";
      verdict.textContent = "未通过：有" + SEV_LABEL[r.fail_on] + (r.fail_on === "error" ? "" : "及以上") + "级别的问题";
    } else {
      verdict.className = "pass";
      verdict.textContent = c.total ? "通过（没有" + SEV_LABEL[r.fail_on] + "及以上级别的问题）" : "通过：没有发现问题";
    }
    const counts = $("counts");
    counts.replaceChildren(...SEV.map((s) => el("li", { class: "pill " + s, text: SEV_LABEL[s] + " " + c[s] })));
    if (r.suppressed) counts.append(el("li", { class: "hint", text: "另有 " + r.suppressed + " 个已抑制" }));
    const src = state.source;
    const suffix = (r.path.match(/\.[^.]+$/) || [""])[0].toLowerCase();
    $("dl-annotated").hidden = !(src && src.kind === "file" && suffix === ".docx" && !r.error);
    const fixable = suffix === ".docx" || suffix === ".txt" || suffix === ".md";
    const hasFix = r.findings.some((f) => f.fix);
    $("dl-fixed").hidden = !(state.info && state.info.fix_available && fixable && hasFix && !r.error);
    $("dl-fixed").textContent = suffix === ".docx" ? "下载修订版（.docx）" : "下载修正后的文字";
  }

  function renderFilters() {
    const r = state.report;
    const sevBox = $("sev-filters");
    sevBox.replaceChildren();
    for (const s of SEV) {
      const n = r.findings.filter((f) => f.severity === s).length;
      const box = el("input", {
        type: "checkbox", id: "sev-" + s, checked: state.sev.has(s),
        onchange: (ev) => { ev.target.checked ? state.sev.add(s) : state.sev.delete(s); rerender(); },
      });
      sevBox.append(el("label", { for: "sev-" + s }, box, SEV_LABEL[s] + " " + n));
    }
    const fam = $("family");
    fam.replaceChildren(el("option", { value: "all", text: "全部类别" }));
    const present = new Set(r.findings.map((f) => family(f.code)));
    for (const [code, name] of FAMILIES) {
      if (!present.has(code)) continue;
      fam.append(el("option", { value: code, text: code + "xx " + name }));
    }
    if (state.family !== "all" && !present.has(state.family)) state.family = "all";
    fam.value = state.family;
  }

  function rerender() {
    renderFindings();
    renderDoc();
  }

  function render() {
    $("results").hidden = false;
    document.querySelector(".intake").classList.add("compact");
    renderSummary();
    renderFilters();
    rerender();
  }

  // ------------------------------------------------------------ inputs
  function takeFile(file) {
    if (!file) return;
    state.source = { kind: "file", file };
    runCheck();
  }

  function wire() {
    const drop = $("drop");
    $("file").addEventListener("change", (ev) => { takeFile(ev.target.files[0]); ev.target.value = ""; });
    ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (ev) => {
      ev.preventDefault();
      drop.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
    drop.addEventListener("drop", (ev) => {
      ev.preventDefault();
      takeFile(ev.dataTransfer && ev.dataTransfer.files[0]);
    });
    // a file dropped next to the zone must not make the browser leave the page
    window.addEventListener("dragover", (ev) => ev.preventDefault());
    window.addEventListener("drop", (ev) => ev.preventDefault());
    $("paste-check").addEventListener("click", () => {
      const text = $("paste").value;
      if (!text.trim()) {
        setStatus("请先粘贴公文文字。", true);
        $("paste").focus();
        return;
      }
      state.source = { kind: "text", text, name: "粘贴的文字.txt" };
      runCheck();
    });
    $("profile").addEventListener("change", () => { if (state.source) runCheck(); });
    $("family").addEventListener("change", (ev) => { state.family = ev.target.value; rerender(); });
    $("dl-annotated").addEventListener("click", () => download("v1/annotate", "批注版"));
    $("dl-fixed").addEventListener("click", () => download("v1/fix", "修订版"));
    const saved = sessionStorage.getItem("gwlint-token");
    if (saved) $("token").value = saved;
    $("token").addEventListener("change", () => sessionStorage.setItem("gwlint-token", $("token").value.trim()));
  }

  async function loadInfo() {
    try {
      const resp = await fetch("v1/info");
      if (!resp.ok) throw new Error(String(resp.status));
      const info = await resp.json();
      state.info = info;
      $("version").textContent = info.version;
      const sel = $("profile");
      sel.replaceChildren(...info.profiles.map((p) => el("option", { value: p.name, text: p.title + "（" + p.name + "）" })));
      sel.value = info.default_profile;
      $("limits").textContent = "单个文件不超过 " + formatBytes(info.max_upload_bytes) + "。";
      $("token-field").hidden = !info.token_required;
    } catch (e) {
      setStatus("无法连接 gwlint 服务（" + e.message + "）。", true);
    }
  }

  wire();
  loadInfo();
})();
