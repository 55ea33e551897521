// Remembers the colour scheme per browser.
window.metahub = {
  getTheme: () => localStorage.getItem("mh.theme"),
  setTheme: (value) => localStorage.setItem("mh.theme", value),
};

// Sign-up page: the workspace address follows the team name (or the typed address) as the person
// types. The server derives the same slug and has the last word; without script the page shows it
// after each submit.
window.metahub.slugFrom = (name) => name
  .replace(/[çÇ]/g, "c").replace(/[ğĞ]/g, "g").replace(/[ıIİ]/g, "i")
  .replace(/[öÖ]/g, "o").replace(/[şŞ]/g, "s").replace(/[üÜ]/g, "u")
  .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .split(/[\s-]+/).map((word) => word.replace(/[^a-z0-9]/g, "")).filter(Boolean).join("-")
  .slice(0, 40).replace(/-+$/, "");

document.addEventListener("input", (event) => {
  const form = event.target.closest && event.target.closest("form[data-slug-form]");
  const preview = form && form.querySelector("[data-slug-preview]");
  if (!preview) {
    return;
  }

  const typed = form.querySelector("#slug").value.trim().toLowerCase();
  const slug = typed || window.metahub.slugFrom(form.querySelector("#teamName").value) || preview.dataset.placeholder;
  preview.textContent = `${slug}.${preview.dataset.baseDomain}`;
});

// Server-rendered forms that destroy something ask first: data-confirm holds the question and, when
// only some submissions destroy (a ticked box, a chosen option), data-confirm-when a selector that
// must match a checked input for the question to be asked.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const question = form.dataset && form.dataset.confirm;
  if (!question) {
    return;
  }

  const when = form.dataset.confirmWhen;
  if ((!when || form.querySelector(when + ":checked")) && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
