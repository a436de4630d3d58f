//! Signing in to a team's CouchDB server (`POST /_session`, which answers with a cookie the
//! browser keeps) and asking it about the project's database, with the browser's `fetch`. The
//! password is sent once and kept nowhere.

use js_sys::{JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestCredentials, RequestInit, Response};

use super::super::browser::window;
use crate::core::team::project::TeamProject;
use crate::core::team::status::{Refusal, SignInError};

/// Who the server says is signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub name: Option<String>,
    pub roles: Vec<String>,
}

async fn call(url: &str, method: &str, body: Option<&str>) -> Result<(u16, JsValue), SignInError> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::Include);
    if let Some(body) = body {
        let headers = Headers::new().map_err(|_| SignInError::Unreachable)?;
        let _ = headers.set("Content-Type", "application/json");
        init.set_headers(&headers);
        init.set_body(&body.into());
    }
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| SignInError::Unreachable)?
        .unchecked_into();
    let json = match response.json() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    };
    Ok((response.status(), json))
}

fn session_of(json: &JsValue) -> Session {
    let context = Reflect::get(json, &"userCtx".into()).unwrap_or(JsValue::NULL);
    let name = Reflect::get(&context, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    let roles = Reflect::get(&context, &"roles".into())
        .ok()
        .map(|roles| {
            js_sys::Array::from(&roles)
                .iter()
                .filter_map(|r| r.as_string())
                .collect()
        })
        .unwrap_or_default();
    Session { name, roles }
}

/// Signs `project.coder` in with `password`, then checks the project's database answers.
pub async fn sign_in(project: &TeamProject, password: &str) -> Result<Session, SignInError> {
    let body = js_sys::Object::new();
    let _ = Reflect::set(&body, &"name".into(), &project.coder.as_str().into());
    let _ = Reflect::set(&body, &"password".into(), &password.into());
    let body: String = JSON::stringify(&body)
        .map(String::from)
        .map_err(|_| SignInError::Answered(0))?;
    let (status, _) = call(&format!("{}/_session", project.server), "POST", Some(&body)).await?;
    match status {
        200 => {}
        401 => return Err(SignInError::WrongPassword),
        other => return Err(SignInError::Answered(other)),
    }
    check(project).await
}

/// Who the server's cookie says is signed in, if the project's database lets them in.
pub async fn check(project: &TeamProject) -> Result<Session, SignInError> {
    let (status, json) = call(&format!("{}/_session", project.server), "GET", None).await?;
    if status != 200 {
        return Err(SignInError::Answered(status));
    }
    let session = session_of(&json);
    if session.name.as_deref() != Some(project.coder.as_str()) {
        return Err(SignInError::Refused(Refusal::SignedOut));
    }
    let (status, _) = call(&project.database_url(), "GET", None).await?;
    match status {
        200 => Ok(session),
        401 => Err(SignInError::Refused(Refusal::NotMember)),
        403 => Err(SignInError::Refused(Refusal::NotMember)),
        404 => Err(SignInError::Refused(Refusal::NoDatabase)),
        other => Err(SignInError::Answered(other)),
    }
}
