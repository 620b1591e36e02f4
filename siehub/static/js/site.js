// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to an error summary so screen-reader and keyboard users hear it first.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  });

  // Phones: the main navigation and the account menu fold behind the "Menu" button of
  // the header (site.css, from the first paint where scripting is enabled); the button
  // unfolds them, Escape folds them again.
  var header = document.querySelector(".site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  if (toggle) {
    var setMenu = function (open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("site-header--open", open);
    };
    toggle.addEventListener("click", function () {
      setMenu(toggle.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setMenu(false);
        toggle.focus();
      }
    });
  }

  // A list's filters (<details class="filters">) are closed on phones, so the results
  // come first. Beside the results they stay open and their summary is only a heading:
  // out of the tab order and not a toggle.
  var wide = window.matchMedia("(min-width: 48rem)");

  function layOutFilters() {
    var all = document.querySelectorAll("details.filters");
    for (var i = 0; i < all.length; i++) {
      var summary = all[i].querySelector("summary");
      if (wide.matches) {
        all[i].open = true;
        summary.tabIndex = -1;
      } else {
        summary.removeAttribute("tabindex");
      }
    }
  }

  document.addEventListener("DOMContentLoaded", layOutFilters);
  if (wide.addEventListener) {
    wide.addEventListener("change", layOutFilters);
  }
  document.addEventListener("click", function (event) {
    if (wide.matches && event.target.closest && event.target.closest("details.filters > summary")) {
      event.preventDefault();
    }
  });

  // htmx replaces the filters with the results: filters opened on a phone stay open, and
  // the box just ticked keeps the focus (htmx could not focus it inside closed filters).
  var openDetails = [];
  var focusedId = "";
  document.addEventListener("htmx:beforeSwap", function (event) {
    openDetails = [];
    var open = event.detail.target.querySelectorAll("details[id][open]");
    for (var i = 0; i < open.length; i++) {
      openDetails.push(open[i].id);
    }
    focusedId = document.activeElement ? document.activeElement.id : "";
  });
  document.addEventListener("htmx:afterSwap", function () {
    for (var i = 0; i < openDetails.length; i++) {
      var details = document.getElementById(openDetails[i]);
      if (details) {
        details.open = true;
      }
    }
    layOutFilters();
    var focused = focusedId && document.getElementById(focusedId);
    if (focused && document.activeElement !== focused) {
      focused.focus({ preventScroll: true });
    }
  });

  // "Show the original" and "Show the translation" keep the reader's place: the link
  // takes the id of the last section or heading that scrolled past the top.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-keep-place]") : null;
    if (!link) {
      return;
    }
    var marks = document.querySelectorAll(
      "main section[id], main h2[id], main h3[id], main li[id], main article[id]"
    );
    // The mark nearest above the top of the window (a sidebar's heading further down
    // the document may have scrolled past long ago).
    var here = null;
    var nearest = -Infinity;
    for (var i = 0; i < marks.length; i++) {
      var top = marks[i].getBoundingClientRect().top;
      if (top <= 96 && top > nearest) {
        here = marks[i];
        nearest = top;
      }
    }
    if (here) {
      link.hash = here.id;
    }
  });

  // Formatted text (Markdown): a toolbar above each textarea[data-markdown] inserts the
  // marks the help text describes, and "Preview" shows the text as the server will
  // store it. Without this, members type the marks themselves.
  var toolbar = document.getElementById("markdown-toolbar");
  var PREFIXES = { heading: "## ", list: "- ", numbered: "1. ", quote: "> " };
  var WRAPS = { bold: "**", italic: "*" };
  var format = function (area, kind) {
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var value = area.value;
    var chosen = value.slice(start, end);
    var text;
    if (WRAPS[kind]) {
      text = WRAPS[kind] + chosen + WRAPS[kind];
    } else if (kind === "link") {
      text = "[" + chosen + "](https://)";
    } else {
      start = value.lastIndexOf("\n", start - 1) + 1;
      chosen = value.slice(start, end);
      text = chosen
        .split("\n")
        .map(function (line) { return PREFIXES[kind] + line; })
        .join("\n");
    }
    area.setRangeText(text, start, end, "end");
    if (WRAPS[kind] && !chosen) {
      area.selectionStart = area.selectionEnd = start + WRAPS[kind].length;
    }
    area.focus();
  };
  var preview = function (area, button, box) {
    var showing = button.getAttribute("aria-pressed") === "true";
    button.setAttribute("aria-pressed", showing ? "false" : "true");
    if (showing) {
      box.hidden = true;
      area.hidden = false;
      area.focus();
      return;
    }
    var form = area.form;
    var token = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    var data = new FormData();
    data.append("text", area.value);
    fetch(toolbar.dataset.previewUrl, {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": token ? token.value : "" },
      credentials: "same-origin"
    })
      .then(function (reply) {
        if (!reply.ok) { throw new Error(String(reply.status)); }
        return reply.text();
      })
      .then(function (html) { box.innerHTML = html; })
      .catch(function () { box.textContent = toolbar.dataset.previewError; })
      .then(function () {
        box.hidden = false;
        area.hidden = true;
      });
  };
  // Videos by link: the host's player is loaded only when the reader presses play
  // (no request reaches YouTube, Vimeo or PeerTube before); without this script the
  // button is a link to the video on its host.
  document.addEventListener("click", function (event) {
    var play = event.target.closest("a[data-video-embed]");
    if (!play) { return; }
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = play.dataset.videoEmbed;
    frame.title = play.dataset.videoTitle || play.textContent.trim();
    frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    frame.allowFullscreen = true;
    frame.className = "video__player";
    var box = play.closest(".video__frame");
    box.replaceChildren(frame);
    frame.focus();
  });

  if (toolbar && "content" in toolbar) {
    document.querySelectorAll("textarea[data-markdown]").forEach(function (area) {
      var bar = toolbar.content.firstElementChild.cloneNode(true);
      var box = document.createElement("div");
      box.className = "markdown-preview prose";
      box.hidden = true;
      box.setAttribute("aria-live", "polite");
      if (area.id) { bar.setAttribute("aria-controls", area.id); }
      area.parentNode.insertBefore(bar, area);
      area.parentNode.insertBefore(box, area.nextSibling);
      bar.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-format]");
        if (!button) { return; }
        if (button.dataset.format === "preview") {
          preview(area, button, box);
        } else {
          format(area, button.dataset.format);
        }
      });
    });
  }
})();
