// Live provisioning progress: joins the sign-up's group on TenantCreationHub, paints every
// TenantCreationProgress event, reads the state again after a reconnect, and sends the person to
// the new workspace's sign-in page when it is ready.
(() => {
  const root = document.querySelector("[data-provisioning]");
  if (!root || root.dataset.wired) {
    return;
  }
  root.dataset.wired = "true";
  const id = root.dataset.provisioning;
  const steps = [...root.querySelectorAll("[data-step]")].filter((li) => li.tagName === "LI");
  const order = steps.map((li) => li.dataset.step);

  const paint = (p) => {
    if (!p) {
      return;
    }
    const bar = root.querySelector(".provisioning-bar");
    bar.setAttribute("aria-valuenow", p.progressPercentage);
    root.querySelector(".provisioning-bar-fill").style.width = `${p.progressPercentage}%`;
    root.querySelector("[data-testid=progress-percent]").textContent = `%${p.progressPercentage}`;
    root.querySelector("[data-testid=progress-message]").textContent = p.message;
    root.dataset.step = p.step;
    root.dataset.completed = p.isCompleted ? "true" : "false";
    const current = p.hasError ? -1 : order.indexOf(p.step);
    steps.forEach((li, i) => {
      const done = p.isCompleted || (current >= 0 ? i < current : li.classList.contains("done"));
      li.classList.toggle("done", done);
      li.classList.toggle("current", !done && i === current);
      li.classList.toggle("pending", !done && i !== current);
    });
    const error = root.querySelector("[data-testid=progress-error]");
    error.hidden = !p.hasError;
    error.querySelector("[data-role=error-text]").textContent = p.errorMessage ?? "";
    const done = root.querySelector("[data-testid=progress-done]");
    done.hidden = !p.isCompleted;
    if (p.isCompleted && p.loginUrl) {
      done.querySelector("[data-role=login]").href = p.loginUrl;
      setTimeout(() => window.location.assign(p.loginUrl), 1500);
    }
  };

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/tenant-creation")
    .withAutomaticReconnect()
    .build();
  const subscribe = () => connection.invoke("Subscribe", id).then(paint);
  connection.on("TenantCreationProgress", paint);
  connection.onreconnected(subscribe);
  connection.start().then(subscribe);

  root.querySelector("[data-role=retry]").addEventListener("click", async (event) => {
    event.target.disabled = true;
    const response = await fetch(`/api/public/tenant-registration/${id}/retry`, { method: "POST" });
    if (response.ok) {
      paint(await response.json());
    }
    event.target.disabled = false;
  });
})();
