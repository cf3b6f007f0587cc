from django import forms

from .models import Order


class ColorWidget(forms.TextInput):
    class Media:
        css = {"all": ("shop/css/color.css",)}
        js = ("shop/js/color-picker.js",)


class NoteWidget(forms.Textarea):
    class Media:
        # Built from literal parts, as Django's own admin builds its lists.
        js = ["shop/js/%s" % name for name in ("markdown.js", "preview.js")] + ["shop/js/counter.js"]


class OrderForm(forms.ModelForm):
    class Meta:
        model = Order
        fields = ["customer", "note"]
        widgets = {"customer": ColorWidget, "note": NoteWidget}

    class Media:
        js = [
            "shop/js/order-form.js",  # the form's own behaviour
            'https://cdn.example.com/address-autocomplete.js',
        ]


def extra_media():
    # A media object built in code: its scripts are printed where media is printed.
    return forms.Media(js=["shop/js/extra.js"])
