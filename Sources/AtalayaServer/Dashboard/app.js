// Atalaya's dashboard: plain JavaScript and SVG, no library, no build step. Every text from the
// store goes into the page as text (textContent), never as HTML: news text is hostile input.
"use strict";

const FILTERS = ["from", "to", "actor", "country", "root", "quad", "search"];
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const SVG = "http://www.w3.org/2000/svg";
const state = { cursors: [null], page: 0 };

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// The filters live in the page's address, so a view can be bookmarked and shared.
function currentFilters() {
  const params = new URLSearchParams(location.search);
  const out = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) out.set(name, params.get(name));
  return out;
}

function fillForm() {
  const params = currentFilters();
  const form = document.getElementById("filters");
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
}

async function api(path, params) {
  // URLSearchParams writes a space as "+", which the server reads as a plus: write %20.
  const encoded = params ? params.toString().replace(/\+/g, "%20") : "";
  const query = encoded ? "?" + encoded : "";
  const response = await fetch(path + query);
  let body;
  try { body = await response.json(); } catch (e) { throw new Error(`${response.status} ${response.statusText}`); }
  if (!response.ok) throw new Error((body.parameter ? body.parameter + ": " : "") + body.error);
  return body;
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "empty" }, "Error: " + error.message));
}

async function drawTimeline() {
  const box = document.getElementById("timeline");
  const params = currentFilters();
  // The server picks days, weeks or months by the span of the events; every period is drawn, empty ones too.
  params.set("interval", "auto");
  params.set("by", "quad");
  let data;
  try { data = await api("/api/timeline", params); } catch (e) { return showError(box, e); }
  const seen = [...new Set(data.buckets.map(b => b.period))].sort();
  const days = periods(seen, data.interval);
  document.querySelector("#timeline-view h2").textContent = `Events per ${data.interval}, by quad class`;
  if (days.length === 0) return box.replaceChildren(el("p", { class: "empty" }, "No events."));
  const perDay = {};
  for (const d of days) perDay[d] = {};
  for (const b of data.buckets) perDay[b.period][b.key] = b.events;
  const totals = days.map(d => Object.values(perDay[d]).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const W = 600, H = 220, left = 36, bottom = 24, bw = (W - left) / days.length;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per day" });
  chart.append(svg("text", { x: 2, y: 12, "font-size": 10 }, max), svg("text", { x: 2, y: H - bottom, "font-size": 10 }, 0));
  days.forEach((day, i) => {
    let y = H - bottom;
    for (const q of ["1", "2", "3", "4"]) {
      const n = perDay[day][q] || 0;
      if (!n) continue;
      const h = (n / max) * (H - bottom - 16);
      y -= h;
      const bar = svg("rect", { x: left + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, class: "q" + q });
      bar.append(svg("title", {}, `${day}: ${n} ${QUADS[q]}`));
      chart.append(bar);
    }
  });
  chart.append(svg("text", { x: left, y: H - 6, "font-size": 10 }, days[0]),
               svg("text", { x: W, y: H - 6, "font-size": 10, "text-anchor": "end" }, days[days.length - 1]));
  const legend = el("div", { class: "legend" });
  for (const q of ["1", "2", "3", "4"]) {
    const item = el("span");
    item.append(el("i", { class: "swatch q" + q }), document.createTextNode(QUADS[q]));
    legend.append(item);
  }
  box.replaceChildren(chart, legend);
}

// Every period from the first to the last seen (ISO dates, UTC).
function periods(seen, interval) {
  if (seen.length === 0) return [];
  const out = [], last = seen[seen.length - 1];
  for (let d = new Date(seen[0] + "T00:00:00Z"); out.length < 2000; ) {
    const iso = d.toISOString().slice(0, 10);
    out.push(iso);
    if (iso >= last) break;
    if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  }
  for (const s of seen) if (!out.includes(s)) out.push(s);
  return out.sort();
}

// Goldstein −10 (red) … +10 (blue).
function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? `rgb(${200},${Math.round(200 + 55 * t)},${Math.round(200 + 55 * t)})` : `rgb(${Math.round(200 - 170 * t)},${Math.round(200 - 60 * t)},${220})`;
}

async function drawNetwork() {
  const box = document.getElementById("network");
  const params = currentFilters();
  params.set("limit", "60");
  let data;
  try { data = await api("/api/network", params); } catch (e) { return showError(box, e); }
  if (data.nodes.length === 0) return box.replaceChildren(el("p", { class: "empty" }, "No dyads."));
  const nodes = data.nodes.slice(0, 30), W = 600, H = 360, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 40;
  const at = {};
  nodes.forEach((n, i) => { const a = (2 * Math.PI * i) / nodes.length; at[n.id] = [cx + r * Math.cos(a), cy + r * Math.sin(a)]; });
  const max = Math.max(...nodes.map(n => n.events));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  for (const e of data.edges) {
    if (!at[e.source] || !at[e.target]) continue;
    const line = svg("line", { x1: at[e.source][0], y1: at[e.source][1], x2: at[e.target][0], y2: at[e.target][1],
      stroke: goldsteinColour(e.goldstein), "stroke-width": 1 + Math.log2(e.events), class: "edge" });
    line.append(svg("title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein}, codes ${e.top_codes.join(", ")}`));
    chart.append(line);
  }
  for (const n of nodes) {
    const g = svg("g", { class: "node" });
    g.append(svg("circle", { cx: at[n.id][0], cy: at[n.id][1], r: 4 + 14 * Math.sqrt(n.events / max), fill: "#457b9d" }),
             svg("text", { x: at[n.id][0], y: at[n.id][1] - 8 - 14 * Math.sqrt(n.events / max), "font-size": 11, "text-anchor": "middle" }, n.id));
    g.append(svg("title", {}, `${n.id}: ${n.events} events`));
    chart.append(g);
  }
  box.replaceChildren(chart);
}

async function drawMap() {
  const box = document.getElementById("map");
  let data;
  try { data = await api("/api/map", currentFilters()); } catch (e) { return showError(box, e); }
  const W = 600, H = 300, x = lon => ((lon + 180) / 360) * W, y = lat => ((90 - lat) / 180) * H;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event places" });
  chart.append(svg("rect", { width: W, height: H, fill: "#eef3f8" }));
  // Countries shaded by the events located in them.
  const perCountry = {};
  for (const f of data.features) perCountry[f.properties.country] = (perCountry[f.properties.country] || 0) + f.properties.events;
  const most = Math.max(1, ...Object.values(perCountry));
  for (const shape of (window.ATALAYA_COUNTRIES || [])) {
    const n = perCountry[shape.id] || 0;
    const path = svg("path", { d: shape.d, fill: n ? `rgba(230,57,70,${0.15 + 0.45 * n / most})` : "#dde3ea", stroke: "#fff", "stroke-width": 0.4, class: "country" });
    path.append(svg("title", {}, shape.id + (n ? `: ${n} events` : "")));
    chart.append(path);
  }
  for (let lon = -150; lon <= 150; lon += 30) chart.append(svg("line", { x1: x(lon), x2: x(lon), y1: 0, y2: H, stroke: "#d5dde6", "stroke-width": 0.5 }));
  for (let lat = -60; lat <= 60; lat += 30) chart.append(svg("line", { x1: 0, x2: W, y1: y(lat), y2: y(lat), stroke: "#d5dde6", "stroke-width": 0.5 }));
  const max = Math.max(1, ...data.features.map(f => f.properties.events));
  for (const f of data.features) {
    const [lon, lat] = f.geometry.coordinates;
    const dot = svg("circle", { cx: x(lon), cy: y(lat), r: 2 + 8 * Math.sqrt(f.properties.events / max), fill: "#e63946", "fill-opacity": 0.7, class: "place" });
    dot.append(svg("title", {}, `${f.properties.name} (${f.properties.country}): ${f.properties.events} events`));
    chart.append(dot);
  }
  box.replaceChildren(chart, el("p", { class: "empty" }, data.features.length ? `${data.features.length} places` : "No located events."));
}

async function drawTable() {
  const body = document.querySelector("#events tbody");
  const params = currentFilters();
  params.set("limit", "25");
  const cursor = state.cursors[state.page];
  if (cursor) params.set("cursor", cursor);
  let data;
  try { data = await api("/api/events", params); } catch (e) { body.replaceChildren(el("tr")); return showError(document.getElementById("page"), e); }
  state.cursors[state.page + 1] = data.next;
  body.replaceChildren(...data.events.map(e => {
    const row = el("tr", { "data-id": e.id });
    for (const v of [e.date, e.source, e.target || "—", e.code, e.name, e.evidence || "", e.location || ""]) row.append(el("td", {}, v));
    row.addEventListener("click", () => { for (const r of body.children) r.classList.remove("selected"); row.classList.add("selected"); showEvidence(e.id); });
    return row;
  }));
  if (data.events.length === 0) {
    const row = el("tr");
    row.append(el("td", { colspan: 7, class: "empty" }, "No events."));
    body.append(row);
  }
  document.getElementById("page").textContent = `page ${state.page + 1}`;
  document.getElementById("prev").disabled = state.page === 0;
  document.getElementById("next").disabled = !data.next;
}

// The sentence with source, target and trigger words marked (offsets are code points).
function markedSentence(m) {
  const chars = Array.from(m.sentence_text);
  const spans = [["source", m.source_start, m.source_end], ["target", m.target_start, m.target_end], ["trigger", m.evidence_start, m.evidence_end]]
    .filter(s => s[1] !== null && s[1] !== undefined && s[1] >= 0 && s[2] <= chars.length).sort((a, b) => a[1] - b[1]);
  const p = el("p", { class: "sentence" });
  let at = 0;
  for (const [kind, start, end] of spans) {
    if (start < at) continue;  // overlapping spans: the first wins
    p.append(document.createTextNode(chars.slice(at, start).join("")), el("mark", { class: kind, title: kind }, chars.slice(start, end).join("")));
    at = end;
  }
  p.append(document.createTextNode(chars.slice(at).join("")));
  return p;
}

async function showEvidence(id) {
  const view = document.getElementById("evidence-view"), box = document.getElementById("evidence");
  view.hidden = false;
  let data;
  try { data = await api("/api/events/" + encodeURIComponent(id)); } catch (e) { return showError(box, e); }
  const e = data.event;
  const head = el("h3", {}, `${e.date}: ${e.source} → ${e.target || "—"}, ${e.code} ${e.name}`);
  const parts = [head];
  for (const m of data.mentions) {
    const dl = el("dl");
    const facts = [["document", m.doc_id + (m.title ? " — " + m.title : "")], ["sentence", m.sentence], ["pattern", m.pattern],
      ["source", m.source_text], ["target", m.target_text || "—"], ["date", e.date + " (" + m.date_precision + (m.mode ? ", " + m.mode : "") + ")"],
      ["place", m.location_name ? `${m.location_name} (${m.location_country})` : "—"]];
    for (const [k, v] of facts) dl.append(el("dt", {}, k), el("dd", {}, v));
    parts.push(markedSentence(m), dl);
  }
  if (data.mentions.length) parts.push(reviewForm(e, data.mentions[0]));
  box.replaceChildren(...parts);
  view.scrollIntoView({ behavior: "smooth", block: "nearest" });
}

// Review: right, wrong, corrected (code or actors), or an event of the sentence the coder missed.
function reviewForm(e, m) {
  const form = el("form", { class: "review" });
  const status = el("span", { class: "review-status", "aria-live": "polite" });
  const field = (name, value, size) => el("input", { name, value: value || "", size, placeholder: name });
  const code = field("code", e.code, 4), source = field("source", e.source, 8), target = field("target", e.target, 8);
  async function send(body) {
    const token = document.getElementById("token").value || sessionStorage.getItem("atalaya-token") || "";
    if (token) sessionStorage.setItem("atalaya-token", token);
    const response = await fetch("/api/reviews", { method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
      body: JSON.stringify(Object.assign({ doc_id: m.doc_id }, body)) });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = { error: `${response.status} ${response.statusText}` }; }
    status.textContent = response.ok ? `saved: ${answer.reviews[0].verdict} (${answer.reviews[0].reviewer})` : "not saved: " + answer.error;
  }
  const button = (label, onClick) => { const b = el("button", { type: "button" }, label); b.addEventListener("click", onClick); return b; };
  form.append(el("strong", {}, "Review: "),
    button("Right", () => send({ event_id: e.id, verdict: "right" })),
    button("Wrong", () => send({ event_id: e.id, verdict: "wrong" })), " ", code, source, target,
    button("Correct", () => send({ event_id: e.id, verdict: "corrected", code: code.value, source: source.value, target: target.value })),
    button("Add as missed event", () => send({ sentence: m.sentence, verdict: "added", code: code.value, source: source.value, target: target.value })),
    " ", status);
  return form;
}

async function summary() {
  try {
    const s = await api("/api/stats");
    document.getElementById("summary").textContent =
      `${s.events} events (${s.mentions} mentions) from ${s.documents} documents` + (s.first_date ? `, ${s.first_date} to ${s.last_date}` : "");
  } catch (e) { document.getElementById("summary").textContent = "Error: " + e.message; }
}

function refresh() {
  state.cursors = [null];
  state.page = 0;
  return Promise.all([drawTimeline(), drawNetwork(), drawMap(), drawTable()]);
}

document.getElementById("filters").addEventListener("submit", event => {
  event.preventDefault();
  const form = event.target, params = new URLSearchParams();
  for (const name of FILTERS) if (form.elements[name].value.trim()) params.set(name, form.elements[name].value.trim());
  history.pushState(null, "", params.toString() ? "?" + params.toString() : location.pathname);
  refresh();
});
document.getElementById("clear").addEventListener("click", () => { history.pushState(null, "", location.pathname); fillForm(); refresh(); });
document.getElementById("prev").addEventListener("click", () => { state.page -= 1; drawTable(); });
document.getElementById("next").addEventListener("click", () => { state.page += 1; drawTable(); });
document.querySelector("#filters input[name=actor]").addEventListener("input", async event => {
  const q = event.target.value.trim();
  if (q.length < 2) return;
  try {
    const data = await api("/api/actors", new URLSearchParams({ q }));
    document.getElementById("actor-list").replaceChildren(...data.actors.map(a => el("option", { value: a.name || a.code }, a.code)));
  } catch (e) { /* completion is a convenience */ }
});
window.addEventListener("popstate", () => { fillForm(); refresh(); });

fillForm();
document.getElementById("token").value = sessionStorage.getItem("atalaya-token") || "";
summary();
refresh().then(() => document.body.setAttribute("data-ready", "true"));
