/*! Kefu Studio web chat widget. One tag:
 * <script src="https://your-host/widget/kefu-widget.js" data-channel-key="kf_…"
 *   data-customer-id="(optional)" data-customer-name="(optional)" data-tier="vip|normal" data-locale="zh-CN|en"></script>
 * Dependency-free; renders inside a shadow root; every piece of data is set with textContent. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.KefuWidget) return;
  var key = script.getAttribute("data-channel-key") || "";
  if (!key) return console.warn("kefu-widget: data-channel-key is missing");
  var base = (script.getAttribute("data-api-base") || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  var tierAttr = script.getAttribute("data-tier");
  var tier = tierAttr === "vip" || tierAttr === "normal" ? tierAttr : undefined;
  var localeAttr = script.getAttribute("data-locale") || navigator.language || "zh-CN";
  var locale = /^zh/i.test(localeAttr) ? "zh-CN" : "en";
  var customerName = script.getAttribute("data-customer-name") || undefined;

  var T = {
    "zh-CN": {
      launcher: "在线客服", title: "在线客服", subtitle: "通常几秒内回复", placeholder: "请输入您的问题…", send: "发送",
      close: "关闭", typing: "客服正在输入", welcome: "您好！请问有什么可以帮您？", failed: "消息没有发出，请检查网络后重试。",
      queued: "正在为您转接人工客服，请稍候…", agent: "人工客服已接入", closed: "本次会话已结束，发送消息即可开始新的咨询。", you: "我", bot: "智能客服", human: "人工客服"
    },
    en: {
      launcher: "Chat with us", title: "Customer service", subtitle: "We usually reply in seconds", placeholder: "Type your question…", send: "Send",
      close: "Close", typing: "Agent is typing", welcome: "Hi! How can we help you today?", failed: "Your message was not sent. Check your connection and try again.",
      queued: "Connecting you to a human agent, please wait…", agent: "A human agent has joined", closed: "This conversation has ended. Send a message to start a new one.", you: "You", bot: "Assistant", human: "Agent"
    }
  }[locale];

  var prefix = "kefu:" + key.slice(0, 8) + ":";
  function load(name) { try { return localStorage.getItem(prefix + name); } catch { return null; } }
  function save(name, value) {
    try {
      if (value == null) localStorage.removeItem(prefix + name);
      else localStorage.setItem(prefix + name, value);
    } catch { /* storage blocked (private mode): the widget still works for this page view */ }
  }
  function uid(p) {
    var c = window.crypto;
    return p + (c && c.randomUUID ? c.randomUUID() : Date.now().toString(36) + Math.random().toString(36).slice(2));
  }

  var customerId = script.getAttribute("data-customer-id") || load("customerId") || uid("web-");
  save("customerId", customerId);
  var conversationId = load("conversationId");
  var cursor = null, seen = {}, status = "bot", pollTimer = null, queue = Promise.resolve(), isOpen = false;

  var CSS = ":host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif}" +
    ".launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:999px;background:#2563eb;color:#fff;padding:12px 18px;font-size:14px;font-weight:600;box-shadow:0 8px 24px rgba(37,99,235,.35);cursor:pointer}" +
    ".launcher:hover{background:#1d4ed8}.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:360px;max-width:calc(100vw - 24px);height:540px;max-height:calc(100vh - 40px);display:none;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 16px 48px rgba(15,23,42,.25);overflow:hidden}" +
    ".panel.open{display:flex}.head{background:#2563eb;color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}.head b{font-size:15px;display:block}.head small{opacity:.8;font-size:12px}" +
    ".x{background:transparent;border:0;color:#fff;font-size:20px;line-height:1;cursor:pointer;padding:4px 8px;border-radius:6px}.x:hover{background:rgba(255,255,255,.15)}" +
    ".log{flex:1;overflow-y:auto;padding:12px;background:#f8fafc;display:flex;flex-direction:column;gap:8px}" +
    ".msg{max-width:82%;padding:8px 11px;border-radius:12px;font-size:14px;line-height:1.45;white-space:pre-wrap;word-break:break-word}" +
    ".msg.in{align-self:flex-end;background:#2563eb;color:#fff;border-bottom-right-radius:4px}.msg.out{align-self:flex-start;background:#fff;color:#0f172a;border:1px solid #e2e8f0;border-bottom-left-radius:4px}" +
    ".msg.agent{border-color:#bbf7d0;background:#f0fdf4}.who{display:block;font-size:11px;color:#64748b;margin-bottom:2px}.note{align-self:center;font-size:12px;color:#64748b;text-align:center;padding:2px 8px}.note.err{color:#b91c1c}" +
    ".quick{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px 8px;background:#f8fafc}.quick button{border:1px solid #93c5fd;background:#eff6ff;color:#1d4ed8;border-radius:999px;padding:5px 12px;font-size:13px;cursor:pointer}.quick button:hover{background:#dbeafe}" +
    ".typing{display:none;align-self:flex-start;background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:9px 12px}.typing.on{display:flex;gap:4px}.typing i{width:6px;height:6px;border-radius:50%;background:#94a3b8;animation:b 1s infinite}.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}" +
    "@keyframes b{0%,80%,100%{opacity:.3;transform:translateY(0)}40%{opacity:1;transform:translateY(-3px)}}" +
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #e2e8f0;background:#fff}input{flex:1;border:1px solid #cbd5e1;border-radius:8px;padding:8px 10px;font-size:14px;outline:none}input:focus{border-color:#2563eb;box-shadow:0 0 0 3px #dbeafe}" +
    "form button{border:0;background:#2563eb;color:#fff;border-radius:8px;padding:0 14px;font-size:14px;font-weight:600;cursor:pointer}form button:disabled{opacity:.5;cursor:default}";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = String(text);
    return node;
  }

  var host = el("div");
  host.id = "kefu-widget";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var style = el("style");
  style.textContent = CSS;
  var launcher = el("button", "launcher", T.launcher);
  launcher.type = "button";
  launcher.setAttribute("aria-label", T.launcher);
  launcher.setAttribute("data-kefu", "launcher");
  var panel = el("section", "panel");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", T.title);
  var head = el("div", "head");
  var heading = el("div");
  heading.appendChild(el("b", "", T.title));
  heading.appendChild(el("small", "", T.subtitle));
  var closeBtn = el("button", "x", "×");
  closeBtn.type = "button";
  closeBtn.setAttribute("aria-label", T.close);
  head.appendChild(heading);
  head.appendChild(closeBtn);
  var log = el("div", "log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("data-kefu", "log");
  var typing = el("div", "typing");
  typing.setAttribute("aria-label", T.typing);
  typing.setAttribute("data-kefu", "typing");
  typing.appendChild(el("i"));
  typing.appendChild(el("i"));
  typing.appendChild(el("i"));
  var quick = el("div", "quick");
  quick.setAttribute("data-kefu", "quick-replies");
  var form = el("form");
  var input = el("input");
  input.type = "text";
  input.maxLength = 2000;
  input.placeholder = T.placeholder;
  input.setAttribute("aria-label", T.placeholder);
  input.setAttribute("data-kefu", "input");
  var sendBtn = el("button", "", T.send);
  sendBtn.type = "submit";
  form.appendChild(input);
  form.appendChild(sendBtn);
  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(quick);
  panel.appendChild(form);
  root.appendChild(style);
  root.appendChild(launcher);
  root.appendChild(panel);

  function scroll() { log.scrollTop = log.scrollHeight; }
  function bubble(direction, author, text) {
    var node = el("div", "msg " + direction + (author === "agent" ? " agent" : ""));
    node.setAttribute("data-kefu", "message-" + author);
    if (author === "agent") node.appendChild(el("span", "who", T.human));
    node.appendChild(document.createTextNode(String(text)));
    log.insertBefore(node, typing);
    scroll();
  }
  function note(text, isError) {
    var node = el("div", "note" + (isError ? " err" : ""), text);
    node.setAttribute("data-kefu", isError ? "error" : "note");
    log.insertBefore(node, typing);
    scroll();
  }
  function showQuickReplies(items) {
    quick.textContent = "";
    (items || []).forEach(function (label) {
      var b = el("button", "", label);
      b.type = "button";
      b.addEventListener("click", function () { send(label); });
      quick.appendChild(b);
    });
  }
  function setTyping(on) { typing.className = "typing" + (on ? " on" : ""); scroll(); }
  function setStatus(next) {
    if (next === status) return;
    status = next;
    if (next === "queued") note(T.queued);
    if (next === "agent") note(T.agent);
    if (next === "closed") { note(T.closed); conversationId = null; cursor = null; save("conversationId", null); }
  }

  function api(method, path, body) {
    return fetch(base + path, {
      method: method,
      headers: body ? { "Content-Type": "application/json", Authorization: "Bearer " + key } : { Authorization: "Bearer " + key },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { var error = new Error((data.error && data.error.message) || "HTTP " + response.status); error.status = response.status; throw error; }
        return data;
      });
    });
  }

  function post(text, retried) {
    var customer = { id: customerId, locale: locale };
    if (tier) customer.tier = tier;
    if (customerName) customer.name = customerName;
    var body = { messageId: uid("w-"), customer: customer, text: text };
    if (conversationId) body.conversationId = conversationId;
    return api("POST", "/api/v1/messages", body).catch(function (error) {
      // A conversation this server no longer knows (reset demo, other install): start afresh once.
      if (error.status === 404 && conversationId && !retried) { conversationId = null; save("conversationId", null); return post(text, true); }
      throw error;
    });
  }

  function send(raw) {
    var text = String(raw || "").trim();
    if (!text) return queue;
    showQuickReplies([]);
    bubble("in", "customer", text);
    setTyping(true);
    queue = queue.then(function () {
      return post(text).then(function (result) {
        if (result.conversationId && result.conversationId !== conversationId) { conversationId = result.conversationId; cursor = null; save("conversationId", conversationId); }
        var last = null;
        (result.replies || []).forEach(function (reply) { bubble("out", "bot", reply.text); last = reply; });
        showQuickReplies(last && last.quickReplies);
        setStatus(result.status);
        return poll(false);
      }, function () { note(T.failed, true); });
    }).then(function () { setTyping(false); schedulePoll(); }, function () { setTyping(false); });
    return queue;
  }

  // history: render every message (page reload); live: only what the POST answer did not show.
  function poll(history) {
    if (!conversationId) return Promise.resolve();
    var path = "/api/v1/conversations/" + encodeURIComponent(conversationId) + "/messages" + (cursor ? "?after=" + encodeURIComponent(cursor) : "");
    return api("GET", path).then(function (page) {
      (page.messages || []).forEach(function (m) {
        if (seen[m.id]) return;
        seen[m.id] = true;
        if (history || m.author === "agent") bubble(m.direction === "in" ? "in" : "out", m.author, m.text);
      });
      if (page.nextCursor) cursor = page.nextCursor;
    }, function (error) {
      if (error.status === 404) { conversationId = null; cursor = null; save("conversationId", null); }
    });
  }
  function schedulePoll() {
    clearTimeout(pollTimer);
    if (!conversationId) return;
    var delay = isOpen && !document.hidden ? (status === "bot" ? 5000 : 2500) : 15000;
    pollTimer = setTimeout(function () { poll(false).then(schedulePoll); }, delay);
  }

  function open() {
    isOpen = true;
    panel.className = "panel open";
    launcher.style.display = "none";
    save("open", "1");
    input.focus();
    schedulePoll();
  }
  function close() {
    isOpen = false;
    panel.className = "panel";
    launcher.style.display = "";
    save("open", null);
    schedulePoll();
  }

  launcher.addEventListener("click", open);
  closeBtn.addEventListener("click", close);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    send(text);
  });

  function start() {
    document.body.appendChild(host);
    log.appendChild(typing);
    var intro = el("div", "msg out", T.welcome);
    log.insertBefore(intro, typing);
    queue = poll(true).then(schedulePoll);
    if (load("open") || script.getAttribute("data-open") === "true") open();
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);

  window.KefuWidget = { open: open, close: close, send: send, customerId: function () { return customerId; }, conversationId: function () { return conversationId; } };
})();
